package com.mockmate.fuzz;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What every answer to a hostile request must be: no server error, and under /api no redirect and no HTML. */
final class Verdict {

    private Verdict() {}

    /** Everything wrong with the reply; empty when it is acceptable. */
    static List<String> problems(FuzzRequest request, RawHttp.Reply reply, boolean anonymousOnProtected) {
        var problems = new ArrayList<String>();
        if (reply.status() >= 500) {
            problems.add("server error " + reply.status());
        }
        if (!underApi(request.target())) {
            return problems;
        }
        if (reply.status() >= 300 && reply.status() < 400) {
            problems.add("redirect " + reply.status() + " to " + reply.location());
        }
        if (anonymousOnProtected && reply.status() < 300) {
            problems.add("answered " + reply.status() + " without a token");
        }
        if (reply.status() >= 400) {
            problems.addAll(problemJson(reply));
        }
        return problems;
    }

    /** RFC 9457: the media type, a numeric status equal to the response's, a title; no type means about:blank. */
    private static List<String> problemJson(RawHttp.Reply reply) {
        if (!reply.contentType().startsWith("application/problem+json")) {
            return List.of("error as '" + reply.contentType() + "', not problem+json");
        }
        JsonNode body;
        try {
            body = Samples.JSON.readTree(reply.body());
        } catch (RuntimeException e) {
            return List.of("problem+json that is not JSON");
        }
        var problems = new ArrayList<String>();
        if (body == null || !body.isObject()) {
            return List.of("problem+json that is not an object");
        }
        if (!body.path("status").isIntegralNumber() || body.get("status").asInt() != reply.status()) {
            problems.add("problem status " + body.path("status") + " for HTTP " + reply.status());
        }
        if (body.path("title").asString("").isBlank()) {
            problems.add("problem without a title");
        }
        if (body.has("type") && !body.get("type").isString()) {
            problems.add("problem type that is not a URI");
        }
        for (var trace : List.of("Exception", "\tat ", "at com.", "at org.", "\"trace\"")) {
            if (reply.body().contains(trace)) {
                problems.add("stack trace in the body");
                break;
            }
        }
        return problems;
    }

    /** The same reading of "under /api" as the application's: leading slashes, then api, then / or ; or the end. */
    static boolean underApi(String target) {
        var path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        var trimmed = path.replaceFirst("^/+", "");
        return trimmed.equals("api") || trimmed.startsWith("api/") || trimmed.startsWith("api;");
    }
}
