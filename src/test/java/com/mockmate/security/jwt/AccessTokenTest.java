package com.mockmate.security.jwt;

import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.Accounts.Account;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AccessTokenTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    private static JsonNode decodePart(String token, int index) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private SecretKey sharedKey() {
        return Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Jane's claims as the server would issue them, except for what a test passes in. */
    private JwtBuilder claims(String issuer, String audience, Instant issuedAt) {
        return Jwts.builder()
                .id(UUID.randomUUID().toString())
                .subject(jane.id().toString())
                .issuer(issuer)
                .audience()
                .add(audience)
                .and()
                .claim("role", "USER")
                .claim("preferred_username", jane.username())
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(issuedAt.plus(Duration.ofMinutes(15))));
    }

    private JwtBuilder validClaims() {
        return claims("mockmate", "mockmate-api", Instant.now());
    }

    private void assertRejected(String token) {
        var response = api.get("/api/v1/users/me", token);
        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.body()).doesNotContain(jane.username());
    }

    @Test
    void carries_subject_role_issuer_audience_id_and_a_15_minute_lifetime() {
        var token = Accounts.login(api, jane).accessToken();

        var header = decodePart(token, 0);
        var claims = decodePart(token, 1);

        assertThat(header.get("alg").asString()).isEqualTo("HS256");
        assertThat(claims.get("sub").asString()).isEqualTo(jane.id().toString());
        assertThat(claims.get("role").asString()).isEqualTo("USER");
        assertThat(claims.get("iss").asString()).isEqualTo("mockmate");
        var audience = claims.get("aud");
        var audiences = audience.isArray()
                ? audience.values().stream().map(JsonNode::asString).toList()
                : List.of(audience.asString());
        assertThat(audiences).containsExactly("mockmate-api");
        assertThat(UUID.fromString(claims.get("jti").asString())).isNotNull();
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
        assertThat(claims.has("password")).isFalse();
    }

    @Test
    void gives_every_token_its_own_id() {
        var first = decodePart(Accounts.login(api, jane).accessToken(), 1);
        var second = decodePart(Accounts.login(api, jane).accessToken(), 1);

        assertThat(first.get("jti").asString()).isNotEqualTo(second.get("jti").asString());
    }

    @Test
    void accepts_a_token_signed_like_the_server_does() {
        var token = validClaims().signWith(sharedKey(), Jwts.SIG.HS256).compact();

        var response = api.get("/api/v1/users/me", token);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("id").asString()).isEqualTo(jane.id().toString());
    }

    @Test
    void rejects_a_token_whose_payload_was_changed() {
        var admin = Accounts.login(api, Accounts.ADMIN, Accounts.ADMIN_PASSWORD).accessToken();
        var adminId = decodePart(admin, 1).get("sub").asString();
        var parts = Accounts.login(api, jane).accessToken().split("\\.");
        var forgedPayload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(jane.id().toString(), adminId)
                .replace("\"USER\"", "\"ADMIN\"");
        assertThat(forgedPayload).contains(adminId).contains("\"ADMIN\"");

        assertRejected(parts[0] + "." + encode(forgedPayload) + "." + parts[2]);
    }

    @Test
    void rejects_an_unsigned_token_with_alg_none() {
        var payload = Accounts.login(api, jane).accessToken().split("\\.")[1];

        assertRejected(encode("{\"alg\":\"none\"}") + "." + payload + ".");
        assertRejected(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".");
    }

    @Test
    void rejects_a_token_signed_with_another_hmac_algorithm_and_the_same_secret() {
        var bytes = secret.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).as("HS384 needs a 48-byte key").isGreaterThanOrEqualTo(48);

        assertRejected(validClaims()
                .signWith(Keys.hmacShaKeyFor(bytes), Jwts.SIG.HS384)
                .compact());
    }

    @Test
    void rejects_a_token_signed_with_another_key() {
        var otherKey = Keys.hmacShaKeyFor("a-completely-different-secret-0123456789".getBytes(StandardCharsets.UTF_8));

        assertRejected(validClaims().signWith(otherKey, Jwts.SIG.HS256).compact());
    }

    @Test
    void rejects_an_expired_token() {
        var token = claims("mockmate", "mockmate-api", Instant.now().minus(Duration.ofMinutes(20)))
                .signWith(sharedKey(), Jwts.SIG.HS256)
                .compact();

        assertRejected(token);
        assertThat(api.get("/api/v1/users/me", token).json().get("detail").asString())
                .contains("expired");
    }

    @Test
    void rejects_a_token_from_another_issuer() {
        var token = claims("someone-else", "mockmate-api", Instant.now())
                .signWith(sharedKey(), Jwts.SIG.HS256)
                .compact();

        assertRejected(token);
    }

    @Test
    void rejects_a_token_for_another_audience() {
        var token = claims("mockmate", "another-api", Instant.now())
                .signWith(sharedKey(), Jwts.SIG.HS256)
                .compact();

        assertRejected(token);
    }

    @Test
    void rejects_a_bearer_value_that_is_not_a_jwt() {
        assertRejected("not-a-jwt");
        assertRejected("a.b.c");
    }
}
