package com.mockmate.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A thin JSON client for the running test server: real HTTP, real filters, real problem+json. */
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public Response get(String path, String bearer) {
        return send(request(path, bearer).GET());
    }

    public Response post(String path, Object body, String bearer) {
        return send(
                request(path, bearer).header("Content-Type", "application/json").POST(body(body)));
    }

    public Response put(String path, Object body, String bearer) {
        return send(
                request(path, bearer).header("Content-Type", "application/json").PUT(body(body)));
    }

    public Response patch(String path, Object body, String bearer) {
        return send(
                request(path, bearer).header("Content-Type", "application/json").method("PATCH", body(body)));
    }

    public Response delete(String path, String bearer) {
        return send(request(path, bearer).DELETE());
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is binary, e.g. a PDF. */
    public BinaryResponse getBytes(String path, String bearer) {
        try {
            var response = http.send(request(path, bearer).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record BinaryResponse(int status, String contentType, byte[] body) {}

    public HttpRequest.Builder request(String path, String bearer) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        var text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    /** Logs in through the API and returns the access token. */
    public String login(String username, String password) {
        var response = post("/api/v1/auth/login", java.util.Map.of("username", username, "password", password), null);
        if (response.status() != 200) {
            throw new IllegalStateException(
                    "Login of " + username + " failed: " + response.status() + " " + response.body());
        }
        return response.json().get("accessToken").asString();
    }

    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }
}
