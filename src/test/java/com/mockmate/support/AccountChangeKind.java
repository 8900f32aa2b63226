package com.mockmate.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The account changes that must end a candidate's sessions and connections, each made the way it happens in real use. */
public enum AccountChangeKind {
    LOCKED,
    DISABLED,
    DELETED,
    PASSWORD_CHANGED,
    ROLE_CHANGED;

    public void applyTo(Accounts.Account candidate, ApiClient api, JdbcTemplate jdbc) {
        var admin = Accounts.adminToken(api);
        switch (this) {
            case LOCKED ->
                assertThat(api.post("/api/v1/users/" + candidate.id() + "/lock", null, admin)
                                .status())
                        .isEqualTo(200);
            // No endpoint disables or deletes accounts yet: the database is changed directly, as an operator would.
            case DISABLED -> jdbc.update("UPDATE users SET enabled = false WHERE id = ?", candidate.id());
            case DELETED -> jdbc.update("DELETE FROM users WHERE id = ?", candidate.id());
            case PASSWORD_CHANGED -> {
                var token = Accounts.login(api, candidate).accessToken();
                var changes = Map.of("currentPassword", candidate.password(), "newPassword", "Brand-New-Lantern-88");
                assertThat(api.patch("/api/v1/users/me", changes, token).status())
                        .isEqualTo(200);
            }
            case ROLE_CHANGED ->
                assertThat(api.put("/api/v1/users/" + candidate.id() + "/role", Map.of("role", "INSTRUCTOR"), admin)
                                .status())
                        .isEqualTo(200);
        }
    }
}
