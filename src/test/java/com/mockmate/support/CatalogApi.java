package com.mockmate.support;

import com.mockmate.support.ApiClient.Response;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Builds catalog and assessment fixtures through the REST API, failing fast when a step does not succeed. */
public class CatalogApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;

    public CatalogApi(ApiClient api) {
        this.api = api;
    }

    public UUID topic(String token, String name) {
        return idOf(api.post("/api/v1/topics", Map.of("name", name, "description", "About " + name), token), 201);
    }

    public UUID question(String token, UUID topicId, String text, String difficulty) {
        var body = Map.of(
                "text",
                text,
                "difficulty",
                difficulty,
                "keyPoints",
                List.of("key point of " + text),
                "referenceAnswer",
                "Reference answer of " + text,
                "tags",
                List.of("fixture"));
        return idOf(api.post("/api/v1/topics/" + topicId + "/questions", body, token), 201);
    }

    public UUID test(String token, String title, List<UUID> questionIds) {
        return idOf(api.post("/api/v1/tests", Map.of("title", title, "questionIds", questionIds), token), 201);
    }

    public UUID publishedTest(String token, String title, List<UUID> questionIds) {
        var id = test(token, title, questionIds);
        expect(api.post("/api/v1/tests/" + id + "/publish", null, token), 200);
        return id;
    }

    public Response putWithIfMatch(String path, Object body, String ifMatch, String token) {
        return api.send(api.request(path, token)
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .PUT(BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** Posts a body that is not JSON, such as a CSV file. */
    public Response postRaw(String path, String contentType, String body, String token) {
        return api.send(
                api.request(path, token).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
    }

    /** Uploads one file as the multipart part {@code file}, as a browser form would. */
    public Response upload(String path, String fileName, String contentType, String content, String token) {
        var boundary = "mockmate-" + UUID.randomUUID();
        var body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n"
                + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return api.send(api.request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** The fields named in a validation problem's {@code errors}. */
    public static List<String> fieldsWithErrors(Response problem) {
        return problem.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }

    private static UUID idOf(Response response, int expectedStatus) {
        expect(response, expectedStatus);
        return UUID.fromString(response.json().get("id").asString());
    }

    private static void expect(Response response, int expectedStatus) {
        if (response.status() != expectedStatus) {
            throw new IllegalStateException("Fixture step failed: " + response.status() + " " + response.body());
        }
    }
}
