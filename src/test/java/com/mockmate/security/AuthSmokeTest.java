package com.mockmate.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AuthSmokeTest {

    @LocalServerPort
    int port;

    @Test
    void seeded_admin_logs_in_and_reads_own_account() {
        var api = new ApiClient(port);
        var token = api.login("admin", "Test-Root-Secret-99");
        var me = api.get("/api/v1/users/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asString()).isEqualTo("ADMIN");
        assertThat(api.get("/api/v1/users/me", null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login", Map.of("username", "admin", "password", "wrong-password-123"), null)
                        .status())
                .isEqualTo(401);
    }
}
