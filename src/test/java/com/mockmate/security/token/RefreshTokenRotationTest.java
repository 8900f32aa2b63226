package com.mockmate.security.token;

import static com.mockmate.support.Accounts.refresh;
import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.Accounts.Account;
import com.mockmate.support.ApiClient;
import com.mockmate.support.AuditLogs;
import com.mockmate.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RefreshTokenRotationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    Account jane;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        jane = Accounts.register(api, "jane.doe");
    }

    private static String sha256Hex(String raw) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private UUID familyOf(String rawToken) throws Exception {
        return jdbc.queryForObject(
                "SELECT family_id FROM refresh_tokens WHERE token_hash = ?", UUID.class, sha256Hex(rawToken));
    }

    @Test
    void rotation_returns_a_new_pair_and_retires_the_old_refresh_token() throws Exception {
        var first = Accounts.login(api, jane);

        var response = refresh(api, first.refreshToken());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var json = response.json();
        var newAccess = json.get("accessToken").asString();
        var newRefresh = json.get("refreshToken").asString();
        assertThat(json.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(json.get("expiresIn").asLong()).isEqualTo(900);
        assertThat(newRefresh).isNotEqualTo(first.refreshToken());
        assertThat(newAccess).isNotEqualTo(first.accessToken());
        assertThat(api.get("/api/v1/users/me", newAccess).json().get("username").asString())
                .isEqualTo("jane.doe");
        assertThat(familyOf(newRefresh)).isEqualTo(familyOf(first.refreshToken()));
        var old = jdbc.queryForMap(
                "SELECT revoked_at, replaced_by FROM refresh_tokens WHERE token_hash = ?",
                sha256Hex(first.refreshToken()));
        assertThat(old.get("revoked_at")).isNotNull();
        assertThat(old.get("replaced_by")).isNotNull();
        assertThat(AuditLogs.rows(jdbc, "TOKEN_REFRESHED")).hasSize(1);
    }

    @Test
    void the_rotated_refresh_token_keeps_working_for_the_next_rotation() {
        var first = Accounts.login(api, jane);
        var second =
                refresh(api, first.refreshToken()).json().get("refreshToken").asString();

        var third = refresh(api, second);

        assertThat(third.status()).as(third.body()).isEqualTo(200);
    }

    @Test
    void rejects_a_reused_refresh_token_and_revokes_its_family() throws Exception {
        var login = Accounts.login(api, jane);
        var newest =
                refresh(api, login.refreshToken()).json().get("refreshToken").asString();
        var family = familyOf(login.refreshToken());

        var reuse = refresh(api, login.refreshToken());

        assertProblem(reuse, 401);
        assertThat(reuse.body()).doesNotContain("accessToken");
        assertProblem(refresh(api, newest), 401);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM refresh_tokens WHERE family_id = ? AND revoked_at IS NULL",
                        Long.class,
                        family))
                .isZero();
        var audit = AuditLogs.rows(jdbc, "REFRESH_TOKEN_REUSED");
        assertThat(audit).isNotEmpty();
        assertThat(audit.getFirst())
                .containsEntry("actor_id", jane.id())
                .containsEntry("target_type", "REFRESH_TOKEN_FAMILY")
                .containsEntry("target_id", family.toString());
    }

    @Test
    void reuse_ends_only_the_family_of_the_reused_token() {
        var phone = Accounts.login(api, jane);
        var laptop = Accounts.login(api, jane);
        refresh(api, phone.refreshToken());

        assertProblem(refresh(api, phone.refreshToken()), 401);

        assertThat(refresh(api, laptop.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void stores_refresh_tokens_only_as_sha256_hex() throws Exception {
        var raw = Accounts.login(api, jane).refreshToken();
        var rotated = refresh(api, raw).json().get("refreshToken").asString();

        var hashes = jdbc.queryForList("SELECT token_hash FROM refresh_tokens", String.class);

        assertThat(hashes).containsExactlyInAnyOrder(sha256Hex(raw), sha256Hex(rotated));
        assertThat(hashes).allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}"));
        assertThat(hashes).doesNotContain(raw, rotated);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM refresh_tokens r WHERE position(? in r::text) > 0"
                                + " OR position(? in r::text) > 0",
                        Long.class,
                        raw,
                        rotated))
                .isZero();
    }

    @Test
    void rejects_an_unknown_refresh_token() {
        assertProblem(refresh(api, "never-issued-token"), 401);
    }

    @Test
    void rejects_an_expired_refresh_token() throws Exception {
        var raw = Accounts.login(api, jane).refreshToken();
        jdbc.update(
                "UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = ?",
                sha256Hex(raw));

        assertProblem(refresh(api, raw), 401);
    }
}
