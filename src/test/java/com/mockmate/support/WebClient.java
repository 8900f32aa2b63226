package com.mockmate.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The web (Vaadin) side over plain HTTP, as one browser tab without JavaScript: it keeps the session cookie the server
 * sets, follows no redirects, and logs in through the login form with the CSRF token the page carries.
 */
public final class WebClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;
    private @Nullable String session;

    public WebClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** The SESSION cookie's value, if the server has set one. */
    public @Nullable String session() {
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Opens the login page and posts the form with its CSRF token; asserts the login succeeded. */
    public void logIn(String username, String password) {
        var response = postLogin(username, password, csrfTokenOf(get("/login").body()));
        assertThat(response.statusCode()).as("login of %s", username).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    /** Posts the login form as is; {@code csrfToken} null leaves the token out. */
    public HttpResponse<String> postLogin(String username, String password, @Nullable String csrfToken) {
        var form = "username=" + encode(username) + "&password=" + encode(password);
        if (csrfToken != null) {
            form += "&_csrf=" + encode(csrfToken);
        }
        return send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public static String csrfTokenOf(String page) {
        var matcher = CSRF_META.matcher(page);
        assertThat(matcher.find()).as("a _csrf meta tag in the page").isTrue();
        return matcher.group(1);
    }

    public HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (session != null) {
            builder.header("Cookie", "SESSION=" + session);
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("SESSION="))
                    .map(cookie -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
                    .findFirst()
                    .ifPresent(value -> session = value.isEmpty() ? null : value);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
