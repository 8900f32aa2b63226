package com.mockmate.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.user.domain.Role;
import java.util.Map;
import java.util.UUID;

/** Accounts for API tests: registered through the real sign-up endpoint, promoted through the real admin endpoint. */
public final class Accounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Test-Root-Secret-99";
    /** Accepted by the password policy and shared by every account these helpers create. */
    public static final String PASSWORD = "Quiet-Meadow-Lantern-57";

    private Accounts() {}

    public record Account(UUID id, String username, String password, String email) {}

    public record Tokens(String accessToken, String refreshToken) {}

    public static Map<String, Object> registration(String username, String password, String email) {
        return Map.of("username", username, "password", password, "email", email, "fullName", "Test " + username);
    }

    public static Account register(ApiClient api, String username) {
        return registerWithPassword(api, username, PASSWORD);
    }

    public static Account registerWithPassword(ApiClient api, String username, String password) {
        var email = username.toLowerCase() + "@example.com";
        var response = api.post("/api/v1/auth/register", registration(username, password, email), null);
        assertThat(response.status())
                .as("register %s: %s", username, response.body())
                .isEqualTo(201);
        return new Account(UUID.fromString(response.json().get("id").asString()), username, password, email);
    }

    public static Account registerWithRole(ApiClient api, String username, Role role) {
        var account = register(api, username);
        if (role != Role.USER) {
            var response =
                    api.put("/api/v1/users/" + account.id() + "/role", Map.of("role", role.name()), adminToken(api));
            assertThat(response.status()).as("role change: %s", response.body()).isEqualTo(200);
        }
        return account;
    }

    public static Tokens login(ApiClient api, String username, String password) {
        var response = api.post("/api/v1/auth/login", Map.of("username", username, "password", password), null);
        assertThat(response.status())
                .as("login %s: %s", username, response.body())
                .isEqualTo(200);
        var json = response.json();
        return new Tokens(
                json.get("accessToken").asString(), json.get("refreshToken").asString());
    }

    public static Tokens login(ApiClient api, Account account) {
        return login(api, account.username(), account.password());
    }

    /** Registers a new candidate named {@code prefix} plus a random suffix and answers their access token. */
    public static String newCandidateToken(ApiClient api, String prefix) {
        return login(api, register(api, prefix + UUID.randomUUID().toString().substring(0, 8)))
                .accessToken();
    }

    public static String adminToken(ApiClient api) {
        return login(api, ADMIN, ADMIN_PASSWORD).accessToken();
    }

    public static ApiClient.Response refresh(ApiClient api, String refreshToken) {
        return api.post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken), null);
    }
}
