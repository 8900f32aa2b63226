package com.mockmate.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * One operation of the running app's OpenAPI document, with its schemas resolved: what the fuzzer needs to build
 * requests for it. Discovered from the document, so endpoints added later are fuzzed without a change here.
 */
record ApiOperation(
        String method,
        String path,
        List<Parameter> parameters,
        Map<String, Body> bodies,
        boolean isPublic,
        Set<String> pathMethods) {

    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /** A request body for one media type: its schema and, when the document has one, an example. */
    record Body(JsonNode schema, JsonNode example) {}

    String label() {
        return method + " " + path;
    }

    List<Parameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    /** Every operation under /api, GETs first and DELETEs last, so that few requests find their fixtures deleted. */
    static List<ApiOperation> from(JsonNode spec) {
        var schemas = new Schemas(spec);
        var operations = new ArrayList<ApiOperation>();
        for (var path : spec.get("paths").propertyNames()) {
            if (!path.startsWith("/api/")) {
                continue;
            }
            var item = spec.get("paths").get(path);
            var methods = item.propertyNames().stream()
                    .map(method -> method.toUpperCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
            for (var method : List.of("get", "post", "put", "patch", "delete")) {
                var operation = item.get(method);
                if (operation != null) {
                    operations.add(of(method.toUpperCase(Locale.ROOT), path, operation, schemas, methods));
                }
            }
        }
        var order = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
        operations.sort((a, b) -> a.method().equals(b.method())
                ? a.path().compareTo(b.path())
                : Integer.compare(order.indexOf(a.method()), order.indexOf(b.method())));
        return operations;
    }

    private static ApiOperation of(
            String method, String path, JsonNode operation, Schemas schemas, Set<String> pathMethods) {
        var parameters = new ArrayList<Parameter>();
        if (operation.has("parameters")) {
            for (var parameter : operation.get("parameters")) {
                parameters.add(new Parameter(
                        parameter.get("name").asString(),
                        parameter.get("in").asString(),
                        parameter.path("required").asBoolean(false),
                        schemas.resolve(parameter.path("schema"))));
            }
        }
        var bodies = new LinkedHashMap<String, Body>();
        var content = operation.path("requestBody").path("content");
        for (var mediaType : content.propertyNames()) {
            var media = content.get(mediaType);
            bodies.put(mediaType, new Body(schemas.resolve(media.path("schema")), example(media)));
        }
        // An explicit empty security list marks the public endpoints; the rest need a bearer token.
        var security = operation.get("security");
        var isPublic = security != null && security.isArray() && security.isEmpty();
        return new ApiOperation(method, path, parameters, bodies, isPublic, pathMethods);
    }

    private static JsonNode example(JsonNode media) {
        if (media.has("example")) {
            return media.get("example");
        }
        for (var example : media.path("examples")) {
            if (example.has("value")) {
                return example.get("value");
            }
        }
        return media.path("example");
    }
}
