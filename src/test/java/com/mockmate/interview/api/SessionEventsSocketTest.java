package com.mockmate.interview.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mockmate.support.AccountChangeKind;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /ws/sessions/{id}}: who gets in, and the events an API client hears while it answers over REST. */
@IntegrationTest
class SessionEventsSocketTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${mockmate.jwt.secret}")
    String jwtSecret;

    ApiClient api;
    Accounts.Account candidate;
    String token;
    String sessionId;
    Client client;

    @BeforeEach
    void candidateWithSession() {
        api = new ApiClient(port);
        candidate = Accounts.register(api, "ws" + UUID.randomUUID().toString().substring(0, 8));
        token = Accounts.login(api, candidate).accessToken();
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        var started = api.post("/api/v1/sessions", Map.of("testId", testId.toString()), token);
        assertThat(started.status()).isEqualTo(201);
        sessionId = started.json().get("id").asString();
    }

    @AfterEach
    void disconnect() {
        if (client != null) {
            client.socket.abort();
        }
    }

    @Test
    void the_owner_authenticates_by_message_and_hears_the_evaluation_and_the_completion() throws Exception {
        client = connect(sessionId, null);
        client.send(Map.of("type", "auth", "token", token));
        var subscribed = client.next();
        assertThat(subscribed.get("type").asString()).isEqualTo("subscribed");
        assertThat(subscribed.get("sessionId").asString()).isEqualTo(sessionId);

        var accepted = api.post(
                "/api/v1/sessions/" + sessionId + "/turns",
                Map.of(
                        "answerText",
                        "A HashMap hashes the key to a bucket and compares with equals, for example on collisions.",
                        "clientTurnId",
                        "ws-1"),
                token);
        assertThat(accepted.status()).isEqualTo(202);

        var evaluated = client.next();
        assertThat(evaluated.get("type").asString()).isEqualTo("turn.evaluated");
        assertThat(evaluated.get("turnId").asString())
                .isEqualTo(accepted.json().get("id").asString());
        var turn = evaluated.get("turn");
        assertThat(turn.get("status").asString()).isEqualTo("EVALUATED");
        assertThat(turn.get("interviewerText").asString()).isNotBlank();
        for (var dimension : new String[] {"technical", "depth", "communication", "grammar", "total"}) {
            assertThat(turn.get("scores").get(dimension).asDouble())
                    .as(dimension)
                    .isBetween(0.0, 100.0);
        }

        assertThat(api.post("/api/v1/sessions/" + sessionId + "/finish", null, token)
                        .status())
                .isEqualTo(200);
        var completed = client.next();
        assertThat(completed.get("type").asString()).isEqualTo("session.completed");
        assertThat(completed.get("sessionId").asString()).isEqualTo(sessionId);
    }

    @Test
    void a_bearer_header_on_the_handshake_subscribes_at_once() throws Exception {
        client = connect(sessionId, token);

        assertThat(client.next().get("type").asString()).isEqualTo("subscribed");
        api.post("/api/v1/sessions/" + sessionId + "/finish", null, token);
        assertThat(client.next().get("type").asString()).isEqualTo("session.completed");
    }

    @Test
    void a_bad_token_in_the_auth_message_is_closed_with_4401() throws Exception {
        client = connect(sessionId, null);
        client.send(Map.of("type", "auth", "token", token.substring(0, token.length() - 4) + "AAAA"));

        assertThat(client.closeCode()).isEqualTo(4401);
    }

    @Test
    void a_bad_bearer_header_is_refused_at_the_handshake() {
        assertThatThrownBy(() -> connect(sessionId, "not-a-token"))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
    }

    @Test
    void another_users_valid_token_is_closed_with_4404() throws Exception {
        client = connect(sessionId, null);
        client.send(Map.of("type", "auth", "token", tokenOfNewCandidate()));

        assertThat(client.closeCode()).isEqualTo(4404);
    }

    @Test
    void another_users_bearer_header_is_closed_with_4404() throws Exception {
        client = connect(sessionId, tokenOfNewCandidate());

        assertThat(client.closeCode()).isEqualTo(4404);
    }

    @Test
    void a_session_id_that_is_not_a_uuid_is_closed_with_4404() throws Exception {
        client = connect("not-a-uuid", null);
        client.send(Map.of("type", "auth", "token", token));

        assertThat(client.closeCode()).isEqualTo(4404);
    }

    @Test
    void a_first_message_that_is_not_auth_is_closed_with_4401() throws Exception {
        client = connect(sessionId, null);
        client.send(Map.of("type", "hello", "token", token));

        assertThat(client.closeCode()).isEqualTo(4401);
    }

    @Test
    void a_first_message_that_is_not_json_is_closed_with_4401() throws Exception {
        client = connect(sessionId, null);
        client.socket.sendText("hello", true).get(5, TimeUnit.SECONDS);

        assertThat(client.closeCode()).isEqualTo(4401);
    }

    @Test
    void a_socket_that_never_authenticates_is_closed_after_the_timeout() throws Exception {
        client = connect(sessionId, null);

        // The test profile sets mockmate.interview.socket-auth-timeout to 1.5 s.
        assertThat(client.closeCode()).isEqualTo(4401);
        assertThat(client.messages).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AccountChangeKind.class)
    void an_admitted_socket_is_closed_with_4403_when_its_account_changes(AccountChangeKind change) throws Exception {
        client = connect(sessionId, null);
        client.send(Map.of("type", "auth", "token", token));
        assertThat(client.next().get("type").asString()).isEqualTo("subscribed");

        apply(change);

        assertThat(client.closeCode()).isEqualTo(4403);
        assertThat(client.closeReason)
                .isEqualTo(
                        switch (change) {
                            case LOCKED -> "Account locked";
                            case DISABLED -> "Account disabled";
                            case DELETED -> "Account deleted";
                            case PASSWORD_CHANGED -> "Password changed";
                            case ROLE_CHANGED -> "Role changed";
                        });
    }

    @Test
    void a_socket_admitted_by_header_is_closed_too_when_its_account_is_locked() throws Exception {
        client = connect(sessionId, token);
        assertThat(client.next().get("type").asString()).isEqualTo("subscribed");

        apply(AccountChangeKind.LOCKED);

        assertThat(client.closeCode()).isEqualTo(4403);
        assertThat(client.closeReason).isEqualTo("Account locked");
    }

    @Test
    void an_admitted_socket_is_closed_with_4401_when_its_access_token_runs_out() throws Exception {
        client = connect(sessionId, null);
        client.send(Map.of("type", "auth", "token", tokenExpiringIn(Duration.ofSeconds(2))));
        assertThat(client.next().get("type").asString()).isEqualTo("subscribed");

        assertThat(client.closeCode()).isEqualTo(4401);
        assertThat(client.closeReason).isEqualTo("Access token expired");
    }

    @Test
    void a_new_name_keeps_the_socket_open() throws Exception {
        client = connect(sessionId, null);
        client.send(Map.of("type", "auth", "token", token));
        assertThat(client.next().get("type").asString()).isEqualTo("subscribed");

        assertThat(api.patch("/api/v1/users/me", Map.of("fullName", "Renamed"), token)
                        .status())
                .isEqualTo(200);

        // Several re-check rounds of the test profile's 300 ms.
        assertThat(client.closed).isNotDone();
        Thread.sleep(1_500);
        assertThat(client.closed).isNotDone();
        api.post("/api/v1/sessions/" + sessionId + "/finish", null, token);
        assertThat(client.next().get("type").asString()).isEqualTo("session.completed");
    }

    private void apply(AccountChangeKind change) {
        change.applyTo(candidate, api, jdbc);
    }

    /** The candidate's token as the server issues it, but running out soon. */
    private String tokenExpiringIn(Duration ttl) {
        var now = Instant.now();
        return Jwts.builder()
                .id(UUID.randomUUID().toString())
                .subject(candidate.id().toString())
                .issuer("mockmate")
                .audience()
                .add("mockmate-api")
                .and()
                .claim("role", "USER")
                .claim("preferred_username", candidate.username())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(ttl)))
                .signWith(Keys.hmacShaKeyFor(jwtSecret.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256)
                .compact();
    }

    private String tokenOfNewCandidate() {
        var account = Accounts.register(api, "ws" + UUID.randomUUID().toString().substring(0, 8));
        return Accounts.login(api, account).accessToken();
    }

    private Client connect(String id, String bearer) throws Exception {
        var listener = new Client();
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        listener.socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/ws/sessions/" + id), listener)
                .get(10, TimeUnit.SECONDS);
        return listener;
    }

    /** Collects whole text messages and the close code the server sends. */
    static final class Client implements WebSocket.Listener {

        final LinkedBlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        volatile String closeReason;
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeReason = reason;
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }

        void send(Map<String, String> message) throws Exception {
            socket.sendText(JSON.writeValueAsString(message), true).get(5, TimeUnit.SECONDS);
        }

        JsonNode next() throws InterruptedException {
            var message = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(message).as("a message within %s", WAIT).isNotNull();
            return message;
        }

        int closeCode() throws Exception {
            return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
