package com.mockmate.fuzz;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One hostile request: {@code target} is the raw path and query, already percent-encoded as sent. A chunked body is
 * sent without Content-Length. {@code mayDisconnect}: larger than Tomcat swallows after refusing it, so the connection
 * may close before the response is read.
 */
record FuzzRequest(
        String category,
        String label,
        String method,
        String target,
        Map<String, String> headers,
        byte @Nullable [] body,
        boolean chunked,
        boolean mayDisconnect) {

    FuzzRequest withBody(String category, String label, String contentType, byte[] content) {
        var withType = contentType == null ? Map.<String, String>of() : Map.of("Content-Type", contentType);
        return new FuzzRequest(category, label, method, target, withType, content, false, false);
    }

    FuzzRequest sentChunked() {
        return new FuzzRequest(category, label + " (chunked)", method, target, headers, body, true, mayDisconnect);
    }

    FuzzRequest disconnecting() {
        return new FuzzRequest(category, label, method, target, headers, body, chunked, true);
    }

    FuzzRequest to(String category, String label, String newMethod, String newTarget) {
        return new FuzzRequest(category, label, newMethod, newTarget, headers, body, chunked, mayDisconnect);
    }

    FuzzRequest withHeader(String category, String label, String name, String value) {
        var all = new java.util.LinkedHashMap<>(headers);
        all.put(name, value);
        return new FuzzRequest(category, label, method, target, Map.copyOf(all), body, chunked, mayDisconnect);
    }
}
