package com.mockmate.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Sends a {@link FuzzRequest} as it is: raw path, raw bytes, HTTP/1.1, no redirects followed. */
final class RawHttp {

    record Reply(
            int status,
            String contentType,
            String body,
            @Nullable String location) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;

    RawHttp(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    Reply send(FuzzRequest request, @Nullable String bearer) throws IOException, InterruptedException {
        var builder =
                HttpRequest.newBuilder(URI.create(baseUrl + request.target())).timeout(Duration.ofSeconds(60));
        request.headers().forEach(builder::header);
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        var body = request.body();
        HttpRequest.BodyPublisher publisher;
        if (body == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (request.chunked()) {
            publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        } else {
            publisher = HttpRequest.BodyPublishers.ofByteArray(body);
        }
        var response =
                http.send(builder.method(request.method(), publisher).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                new String(response.body(), StandardCharsets.UTF_8),
                response.headers().firstValue("Location").orElse(null));
    }
}
