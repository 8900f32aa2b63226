package com.mockmate.security.jwt;

import static com.mockmate.support.Accounts.registration;
import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.Accounts.Account;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Endpoints anyone may call ignore an Authorization header that does not verify; protected ones still refuse it. */
@IntegrationTest
class PublicEndpointTokenTest {

    @LocalServerPort
    int port;

    @Value("${mockmate.jwt.secret}")
    String secret;

    ApiClient api;
    Account jane;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jane = Accounts.register(api, "jane.doe");
    }

    /** A token the server itself signed, twenty minutes ago: expired five minutes ago. */
    private String expiredToken() {
        var issuedAt = Instant.now().minus(Duration.ofMinutes(20));
        return Jwts.builder()
                .id(UUID.randomUUID().toString())
                .subject(jane.id().toString())
                .issuer("mockmate")
                .audience()
                .add("mockmate-api")
                .and()
                .claim("role", "USER")
                .claim("preferred_username", jane.username())
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(issuedAt.plus(Duration.ofMinutes(15))))
                .signWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256)
                .compact();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "a.b.c", "expired"})
    void login_with_the_right_password_succeeds_whatever_bearer_comes_along(String bearer) {
        var token = bearer.equals("expired") ? expiredToken() : bearer;

        var response =
                api.post("/api/v1/auth/login", Map.of("username", "jane.doe", "password", jane.password()), token);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void refresh_works_when_the_client_still_sends_its_expired_access_token() {
        var tokens = Accounts.login(api, jane);

        var response = api.post("/api/v1/auth/refresh", Map.of("refreshToken", tokens.refreshToken()), expiredToken());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("accessToken").asString()).isNotBlank();
    }

    @Test
    void registration_and_health_ignore_a_broken_bearer() {
        var registered =
                api.post("/api/v1/auth/register", registration("bob", Accounts.PASSWORD, "bob@example.com"), "garbage");
        var health = api.get("/actuator/health", "garbage");

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(health.status()).isEqualTo(200);
    }

    @Test
    void a_protected_endpoint_still_refuses_an_expired_token_and_says_why() {
        var response = api.get("/api/v1/users/me", expiredToken());

        assertProblem(response, 401);
        assertThat(response.json().get("detail").asString()).contains("expired");
    }
}
