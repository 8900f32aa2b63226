package com.mockmate.base.api.servlet;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem+json for errors that arise outside Spring MVC (the firewall, body limits, error dispatches, Tomcat
 * itself), in the shape {@code ProblemDetail} takes at the controllers: title, status, detail; an absent type means
 * about:blank.
 */
final class ProblemJson {

    private ProblemJson() {}

    static String body(int status, String detail) {
        var resolved = HttpStatus.resolve(status);
        var problem = new LinkedHashMap<String, Object>();
        problem.put("title", resolved == null ? "Error" : resolved.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        return JsonMapper.shared().writeValueAsString(problem);
    }

    /** Replaces whatever the response holds so far; the caller has checked that it is not committed. */
    static void write(HttpServletResponse response, int status, String detail) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var json = body(status, detail);
        try {
            response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalStateException writerInUse) {
            // Someone took the writer before the error; the text is ASCII, so its encoding does not matter.
            response.getWriter().write(json);
        }
        response.flushBuffer();
    }

    /** A fixed, safe sentence per status: these errors come from hostile or broken requests, not from our code. */
    static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: its path, parameters or headers cannot be processed.";
            case 404 -> "There is no API endpoint at this path.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The request is too large.";
            case 414 -> "The request path or query is too long.";
            case 431 -> "The request headers are too large.";
            default ->
                status >= 500
                        ? "An unexpected error occurred. It has been logged."
                        : "The request cannot be processed.";
        };
    }
}
