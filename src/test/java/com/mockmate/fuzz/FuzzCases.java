package com.mockmate.fuzz;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The hostile requests for one operation: a valid-looking baseline, then variations that each change one thing (a path
 * segment, a query parameter, a header, the method, the body). Each category is sampled with the seeded generator,
 * up to a budget, so that every category is tried on every operation and a run can be repeated exactly.
 */
final class FuzzCases {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "TRACE", "PROPFIND");

    private final ApiOperation operation;
    private final Samples samples;
    private final Random random;
    private final Targets targets;

    FuzzCases(ApiOperation operation, Fixtures fixtures, Random random) {
        this.operation = operation;
        this.random = random;
        this.samples = new Samples(fixtures, random);
        this.targets = new Targets(operation, samples, random);
    }

    /** Up to {@code perCategory} requests of each category, in a seeded order. */
    List<FuzzRequest> sample(int perCategory) {
        var baseline = BodyCases.withBaselineBody(
                operation,
                new FuzzRequest(
                        "baseline",
                        "valid-looking",
                        operation.method(),
                        targets.baseline(),
                        Map.of(),
                        null,
                        false,
                        false),
                samples);
        var all = new ArrayList<FuzzRequest>();
        all.add(baseline);
        all.addAll(pathCases(baseline));
        all.addAll(queryCases(baseline));
        all.addAll(headerCases(baseline));
        all.addAll(methodCases(baseline));
        all.addAll(new BodyCases(operation, baseline, samples).all());
        var byCategory = all.stream()
                .filter(FuzzCases::sendable)
                .collect(Collectors.groupingBy(FuzzRequest::category, LinkedHashMap::new, Collectors.toList()));
        var picked = new ArrayList<FuzzRequest>();
        for (var requests : byCategory.values()) {
            var shuffled = new ArrayList<>(requests);
            Collections.shuffle(shuffled, random);
            picked.addAll(shuffled.subList(0, Math.min(perCategory, shuffled.size())));
        }
        return picked;
    }

    private List<FuzzRequest> pathCases(FuzzRequest baseline) {
        var cases = new ArrayList<FuzzRequest>();
        for (var name : targets.pathValues().keySet()) {
            for (var value : Hostile.PATH_SEGMENTS) {
                cases.add(baseline.to(
                        "path", name + "=" + abbreviated(value), baseline.method(), targets.withPath(name, value)));
            }
        }
        var clean = targets.baseline();
        var path = clean.contains("?") ? clean.substring(0, clean.indexOf('?')) : clean;
        var query = clean.substring(path.length());
        for (var twisted : List.of(
                path + "/",
                path + "//",
                path.replace("/api/", "/api//"),
                path + "/.",
                path + "%2F",
                path + ";x=1",
                path.replace("/v1/", "/v1/../v1/"),
                path.toUpperCase(),
                path + "/extra")) {
            cases.add(baseline.to("path", "shape " + abbreviated(twisted), baseline.method(), twisted + query));
        }
        return cases;
    }

    private List<FuzzRequest> queryCases(FuzzRequest baseline) {
        var cases = new ArrayList<FuzzRequest>();
        for (var parameter : operation.in("query")) {
            for (var value : hostileValues(parameter)) {
                var label = parameter.name() + "=" + abbreviated(value);
                cases.add(baseline.to("query", label, baseline.method(), targets.withQuery(parameter.name(), value)));
            }
            if (parameter.required()) {
                var label = "without " + parameter.name();
                cases.add(baseline.to("query", label, baseline.method(), targets.withQuery(parameter.name(), null)));
            }
        }
        var plain = targets.baseline();
        var joiner = plain.contains("?") ? "&" : "?";
        var tooMany = IntStream.range(0, 1500).mapToObj(i -> "p" + i + "=" + i).collect(Collectors.joining("&"));
        for (var extra : List.of(
                "unknown=1",
                "page=1&page=2",
                "size=1&size=100000",
                "a%00b=1",
                "%C3%28=1",
                tooMany,
                "sort=name&sort=" + "x,".repeat(500),
                "q=%00&q=%C3%28")) {
            cases.add(baseline.to("query", "extra " + abbreviated(extra), baseline.method(), plain + joiner + extra));
        }
        return cases;
    }

    private List<FuzzRequest> headerCases(FuzzRequest baseline) {
        var cases = new ArrayList<FuzzRequest>();
        for (var parameter : operation.in("header")) {
            if (parameter.name().equalsIgnoreCase("Content-Type")) {
                continue;
            }
            for (var value : Hostile.IF_MATCH) {
                var label = parameter.name() + ": " + abbreviated(value);
                cases.add(baseline.withHeader("header", label, parameter.name(), value));
            }
        }
        for (var accept : List.of("text/html", "application/xml", "image/png", "application/json;q=0, */*;q=0", "x")) {
            cases.add(baseline.withHeader("header", "Accept: " + accept, "Accept", accept));
        }
        cases.add(baseline.withHeader("header", "huge User-Agent", "User-Agent", "fuzz/".repeat(1500)));
        return cases;
    }

    private List<FuzzRequest> methodCases(FuzzRequest baseline) {
        return METHODS.stream()
                .filter(method -> !operation.pathMethods().contains(method))
                .map(method -> baseline.to("method", method, method, baseline.target()))
                .toList();
    }

    private static List<String> hostileValues(ApiOperation.Parameter parameter) {
        if (parameter.name().equals("sort")) {
            return Hostile.SORTS;
        }
        return switch (parameter.schema().path("type").asString("string")) {
            case "integer", "number" -> Hostile.INTEGERS;
            case "boolean" -> Hostile.BOOLEANS;
            default -> Hostile.STRINGS;
        };
    }

    static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 30) + "...(" + value.length() + ")";
    }

    /** java.net.http takes only syntactically valid URIs; the hostile values are percent-encoded to be that. */
    private static boolean sendable(FuzzRequest request) {
        try {
            URI.create("http://localhost" + request.target());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
