package com.mockmate.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The body of each request: JSON variations, multipart and CSV uploads, wrong content types, oversized bodies. */
final class BodyCases {

    private static final String JSON = "application/json";
    private static final byte[] SOME_AUDIO = new byte[2048];

    private final ApiOperation operation;
    private final FuzzRequest baseline;
    private final Samples samples;
    private final List<FuzzRequest> cases = new ArrayList<>();

    BodyCases(ApiOperation operation, FuzzRequest baseline, Samples samples) {
        this.operation = operation;
        this.baseline = baseline;
        this.samples = samples;
    }

    static FuzzRequest withBaselineBody(ApiOperation operation, FuzzRequest request, Samples samples) {
        if (operation.bodies().containsKey(JSON)) {
            return request.withBody("baseline", "valid-looking", JSON, JsonBodyCases.bytes(json(operation, samples)));
        }
        if (operation.bodies().containsKey("multipart/form-data")) {
            var parts = parts(operation.bodies().get("multipart/form-data").schema(), samples, new Multipart());
            return request.withBody("baseline", "valid-looking", Multipart.contentType(), parts.closed());
        }
        return operation.bodies().keySet().stream()
                .findFirst()
                .map(type -> request.withBody("baseline", "valid-looking", type, csv("What is fuzzing?,EASY")))
                .orElse(request);
    }

    List<FuzzRequest> all() {
        if (operation.bodies().isEmpty()) {
            add("unexpected-body", "a JSON body", JSON, "{\"x\": 1}".getBytes(StandardCharsets.UTF_8));
            add("unexpected-body", "1 MB of JSON", JSON, padded("{\"x\": 1}", 1 << 20));
            add("unexpected-body", "binary", "application/octet-stream", new byte[] {0, (byte) 0xFF, 0x28, 0});
            return cases;
        }
        if (operation.bodies().containsKey(JSON)) {
            cases.addAll(new JsonBodyCases(baseline, json(operation, samples)).all());
        }
        if (operation.bodies().containsKey("multipart/form-data")) {
            multipartCases(operation.bodies().get("multipart/form-data").schema());
        }
        if (operation.bodies().containsKey("text/csv")) {
            csvCases();
        }
        var body = baseline.body() == null ? new byte[0] : baseline.body();
        for (var contentType : Hostile.CONTENT_TYPES) {
            add("content-type", contentType, contentType, body);
        }
        add("content-type", "no Content-Type", null, body);
        var big = padded("{\"x\": 1}", 1 << 20);
        add("size", "1 MB", JSON, big);
        cases.add(baseline.withBody("size", "1 MB", JSON, big).sentChunked());
        return cases;
    }

    private void multipartCases(JsonNode schema) {
        var name =
                schema.path("properties").propertyNames().stream().findFirst().orElse("file");
        var texts =
                operation.in("query").stream().map(ApiOperation.Parameter::name).toList();
        for (var type : List.of(
                "audio/" + "x".repeat(200),
                "",
                "text/html",
                "application/octet-stream",
                "(((",
                "audio/webm; codecs=" + "x".repeat(120),
                "audio/webm;\u0000",
                "audio/webm\u0000")) {
            var part = new Multipart().file(name, "a.webm", type.getBytes(StandardCharsets.UTF_8), SOME_AUDIO);
            add(
                    "multipart",
                    "part type " + FuzzCases.abbreviated(type),
                    Multipart.contentType(),
                    withTexts(part, texts).closed());
        }
        add(
                "multipart",
                "part type with invalid UTF-8",
                Multipart.contentType(),
                new Multipart()
                        .file(name, "a", new byte[] {'a', (byte) 0xC3, 0x28}, SOME_AUDIO)
                        .closed());
        add(
                "multipart",
                "no file part",
                Multipart.contentType(),
                withTexts(new Multipart(), texts).closed());
        add(
                "multipart",
                "wrong part name",
                Multipart.contentType(),
                new Multipart().file("other", "a", "audio/webm", SOME_AUDIO).closed());
        add(
                "multipart",
                "empty file",
                Multipart.contentType(),
                new Multipart().file(name, "a.webm", "audio/webm", new byte[0]).closed());
        for (var filename : List.of("../../etc/passwd", "a\u0000b.webm", "x".repeat(1000), "%00", "")) {
            add(
                    "multipart",
                    "file name " + FuzzCases.abbreviated(filename),
                    Multipart.contentType(),
                    new Multipart()
                            .file(name, filename, "audio/webm", SOME_AUDIO)
                            .closed());
        }
        for (var text : List.of(
                new byte[] {'a', 0, 'b'},
                new byte[] {'a', (byte) 0xC3, 0x28},
                new byte[100_000],
                "x".repeat(100_000).getBytes(StandardCharsets.UTF_8))) {
            for (var field : texts.isEmpty() ? List.of("note") : texts) {
                var part = new Multipart()
                        .file(name, "a.webm", "audio/webm", SOME_AUDIO)
                        .field(field, text);
                add(
                        "multipart",
                        "text part " + field + " of " + text.length + " hostile bytes",
                        Multipart.contentType(),
                        part.closed());
            }
        }
        var whole = new Multipart().file(name, "a.webm", "audio/webm", SOME_AUDIO);
        add("multipart", "unclosed", Multipart.contentType(), whole.unclosed());
        add("multipart", "no boundary in the header", "multipart/form-data", whole.closed());
        add("multipart", "not multipart at all", Multipart.contentType(), "garbage".getBytes(StandardCharsets.UTF_8));
    }

    private void csvCases() {
        for (var csv : List.of(
                csv(),
                csv("\"unbalanced,EASY"),
                csv("a\u0000b,EASY"),
                csv(",".repeat(5000)),
                csv("What?,EASY\n".repeat(1500)),
                csv("x".repeat(2_500_000) + ",EASY"))) {
            add("csv", "CSV of " + csv.length + " bytes", "text/csv", csv);
        }
        add("csv", "CSV with invalid UTF-8", "text/csv", new byte[] {'t', 'e', 'x', 't', '\n', (byte) 0xC3, 0x28});
        cases.add(baseline.withBody("csv", "CSV of 6 MB", "text/csv", csv("x".repeat(6 << 20)))
                .disconnecting());
    }

    private static Multipart withTexts(Multipart multipart, List<String> names) {
        names.forEach(name -> multipart.field(name, "fuzz"));
        return multipart;
    }

    private static Multipart parts(JsonNode schema, Samples samples, Multipart multipart) {
        var properties = schema.path("properties");
        for (var name : properties.propertyNames()) {
            if ("binary".equals(properties.get(name).path("format").asString(""))) {
                var audio = name.contains("audio");
                multipart.file(
                        name,
                        audio ? "answer.webm" : "questions.csv",
                        audio ? "audio/webm" : "text/csv",
                        audio ? SOME_AUDIO : csv("What is fuzzing?,EASY"));
            } else {
                multipart.field(name, samples.of(properties.get(name), name).asString());
            }
        }
        return multipart;
    }

    private static JsonNode json(ApiOperation operation, Samples samples) {
        var body = operation.bodies().get(JSON);
        var sample = samples.of(body.schema(), "body");
        return sample.isString() && !body.example().isMissingNode() ? body.example() : sample;
    }

    private static byte[] csv(String... rows) {
        return ("text,difficulty,keyPoints,referenceAnswer,tags,timeLimitSeconds\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] padded(String json, int size) {
        return ("{\"pad\": \"" + "x".repeat(size) + "\", " + json.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    private void add(String category, String label, String contentType, byte[] body) {
        cases.add(baseline.withBody(category, label, contentType, body));
    }
}
