package com.mockmate.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Request targets (path and query) of one operation: valid-looking values for its path variables and query parameters,
 * any of which a variation replaces with a hostile one, already percent-encoded.
 */
final class Targets {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final String template;
    private final Map<String, String> path = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();

    Targets(ApiOperation operation, Samples samples, Random random) {
        this.template = operation.path();
        var matcher = VARIABLE.matcher(template);
        while (matcher.find()) {
            var name = matcher.group(1);
            var before = template.substring(0, matcher.start()).split("/");
            path.put(name, samples.uuid(name, before[before.length - 1]));
        }
        for (var parameter : operation.in("query")) {
            if (parameter.required() || parameter.schema().has("example")) {
                query.put(
                        parameter.name(), URLEncoder.encode(value(parameter, samples, random), StandardCharsets.UTF_8));
            }
        }
    }

    Map<String, String> pathValues() {
        return path;
    }

    Map<String, String> queryValues() {
        return query;
    }

    String baseline() {
        return build(path, query);
    }

    String withPath(String name, String raw) {
        var values = new LinkedHashMap<>(path);
        values.put(name, raw);
        return build(values, query);
    }

    /** With the query parameter set to a raw value, or left out when the value is null. */
    String withQuery(String name, String raw) {
        var values = new LinkedHashMap<>(query);
        if (raw == null) {
            values.remove(name);
        } else {
            values.put(name, raw);
        }
        return build(path, values);
    }

    private String build(Map<String, String> pathValues, Map<String, String> queryValues) {
        var built = VARIABLE.matcher(template)
                .replaceAll(match -> Matcher.quoteReplacement(pathValues.get(match.group(1))));
        if (queryValues.isEmpty()) {
            return built;
        }
        return built + "?"
                + queryValues.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining("&"));
    }

    /** A client turn id must be new to get past the idempotency check to the code behind it. */
    private static String value(ApiOperation.Parameter parameter, Samples samples, Random random) {
        if (parameter.name().equalsIgnoreCase("clientTurnId")) {
            return "fuzz-" + random.nextInt(1_000_000);
        }
        var sample = samples.of(parameter.schema(), parameter.name());
        return sample.isArray() && !sample.isEmpty() ? sample.get(0).asString() : sample.asString();
    }
}
