package com.mockmate.support;

import java.util.Map;
import java.util.UUID;

/**
 * Accounts for API tests: registered through the public endpoint like any candidate, promoted by the seeded admin
 * when a test needs another role.
 */
public class TestAccounts {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "Test-Root-Secret-99";
    private static final String PASSWORD = "Quartz-Meadow-4817-lantern";

    private final ApiClient api;
    private Account admin;

    public TestAccounts(ApiClient api) {
        this.api = api;
    }

    /** A signed-in account: its id and a bearer access token. */
    public record Account(UUID id, String username, String token) {}

    public Account admin() {
        if (admin == null) {
            var token = api.login(ADMIN_USERNAME, ADMIN_PASSWORD);
            var id = UUID.fromString(
                    api.get("/api/v1/users/me", token).json().get("id").asString());
            admin = new Account(id, ADMIN_USERNAME, token);
        }
        return admin;
    }

    public Account candidate(String username) {
        return register(username);
    }

    public Account instructor(String username) {
        return withRole(username, "INSTRUCTOR");
    }

    public Account withRole(String username, String role) {
        var account = register(username);
        var changed = api.put("/api/v1/users/" + account.id() + "/role", Map.of("role", role), admin().token());
        if (changed.status() != 200) {
            throw new IllegalStateException(
                    "Role change of " + username + " failed: " + changed.status() + " " + changed.body());
        }
        return account;
    }

    private Account register(String username) {
        var registered = api.post(
                "/api/v1/auth/register",
                Map.of(
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "email",
                        username + "@example.com",
                        "fullName",
                        "Test " + username),
                null);
        if (registered.status() != 201) {
            throw new IllegalStateException(
                    "Registration of " + username + " failed: " + registered.status() + " " + registered.body());
        }
        var id = UUID.fromString(registered.json().get("id").asString());
        return new Account(id, username, api.login(username, PASSWORD));
    }
}
