package com.mockmate.user.api;

import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.Accounts.Account;
import com.mockmate.support.ApiClient;
import com.mockmate.support.AuditLogs;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class UserAdministrationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String adminToken;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        adminToken = Accounts.adminToken(api);
    }

    private String roleInDatabase(Account account) {
        return jdbc.queryForObject("SELECT role FROM users WHERE id = ?", String.class, account.id());
    }

    private static List<String> usernames(JsonNode page) {
        return page.get("content").values().stream()
                .map(user -> user.get("username").asString())
                .toList();
    }

    @Test
    void a_user_may_not_list_users() {
        var jane = Accounts.register(api, "jane.doe");

        var response = api.get("/api/v1/users", Accounts.login(api, jane).accessToken());

        assertProblem(response, 403);
        assertThat(response.body()).doesNotContain("admin@");
    }

    @Test
    void an_instructor_may_not_list_users() {
        var ines = Accounts.registerWithRole(api, "ines", Role.INSTRUCTOR);

        assertProblem(api.get("/api/v1/users", Accounts.login(api, ines).accessToken()), 403);
    }

    @Test
    void an_admin_lists_users_as_a_page() {
        Accounts.register(api, "alice");
        Accounts.register(api, "bob");
        Accounts.register(api, "carol");

        var response = api.get("/api/v1/users?size=2", adminToken);

        assertThat(response.status()).isEqualTo(200);
        var page = response.json();
        assertThat(page.propertyNames())
                .containsExactlyInAnyOrder("content", "page", "size", "totalElements", "totalPages");
        assertThat(usernames(page)).containsExactly("admin", "alice");
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("totalElements").asLong()).isEqualTo(4);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("content").get(0).has("passwordHash")).isFalse();
        assertThat(usernames(api.get("/api/v1/users?size=2&page=1", adminToken).json()))
                .containsExactly("bob", "carol");
    }

    @Test
    void an_admin_searches_users_by_username_email_or_name() {
        Accounts.register(api, "alice");
        Accounts.register(api, "bob");

        var byUsername = api.get("/api/v1/users?q=ALI", adminToken).json();
        var byEmail = api.get("/api/v1/users?q=bob@example", adminToken).json();
        var none = api.get("/api/v1/users?q=zzz", adminToken).json();

        assertThat(usernames(byUsername)).containsExactly("alice");
        assertThat(byUsername.get("totalElements").asLong()).isEqualTo(1);
        assertThat(usernames(byEmail)).containsExactly("bob");
        assertThat(usernames(none)).isEmpty();
        assertThat(none.get("totalElements").asLong()).isZero();
    }

    @Test
    void an_admin_changes_a_role_and_the_users_next_request_sees_it() {
        var jane = Accounts.register(api, "jane.doe");
        var janeToken = Accounts.login(api, jane).accessToken();

        var response = api.put("/api/v1/users/" + jane.id() + "/role", Map.of("role", "INSTRUCTOR"), adminToken);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("role").asString()).isEqualTo("INSTRUCTOR");
        assertThat(roleInDatabase(jane)).isEqualTo("INSTRUCTOR");
        assertThat(api.get("/api/v1/users/me", janeToken).json().get("role").asString())
                .isEqualTo("INSTRUCTOR");
    }

    @Test
    void a_promotion_to_admin_applies_to_the_users_existing_token() {
        var jane = Accounts.register(api, "jane.doe");
        var janeToken = Accounts.login(api, jane).accessToken();
        assertProblem(api.get("/api/v1/users", janeToken), 403);

        api.put("/api/v1/users/" + jane.id() + "/role", Map.of("role", "ADMIN"), adminToken);

        assertThat(api.get("/api/v1/users", janeToken).status()).isEqualTo(200);
    }

    @Test
    void writes_a_role_changed_audit_row() {
        var jane = Accounts.register(api, "jane.doe");
        var adminId = AuditLogs.userId(jdbc, "admin");

        api.put("/api/v1/users/" + jane.id() + "/role", Map.of("role", "INSTRUCTOR"), adminToken);

        var rows = AuditLogs.rows(jdbc, "ROLE_CHANGED");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row)
                    .containsEntry("actor_id", adminId)
                    .containsEntry("target_type", "USER")
                    .containsEntry("target_id", jane.id().toString());
            assertThat((String) row.get("details")).contains("USER").contains("INSTRUCTOR");
        });
    }

    @Test
    void a_non_admin_may_not_change_roles() {
        var jane = Accounts.register(api, "jane.doe");
        var ines = Accounts.registerWithRole(api, "ines", Role.INSTRUCTOR);

        var byUser = api.put(
                "/api/v1/users/" + jane.id() + "/role",
                Map.of("role", "ADMIN"),
                Accounts.login(api, jane).accessToken());
        var byInstructor = api.put(
                "/api/v1/users/" + jane.id() + "/role",
                Map.of("role", "ADMIN"),
                Accounts.login(api, ines).accessToken());

        assertProblem(byUser, 403);
        assertProblem(byInstructor, 403);
        assertThat(roleInDatabase(jane)).isEqualTo("USER");
        assertThat(AuditLogs.rows(jdbc, "ROLE_CHANGED")).hasSize(1);
    }

    @Test
    void rejects_an_unknown_role_value_with_400() {
        var jane = Accounts.register(api, "jane.doe");

        assertProblem(api.put("/api/v1/users/" + jane.id() + "/role", Map.of("role", "SUPERUSER"), adminToken), 400);
        assertProblem(api.put("/api/v1/users/" + jane.id() + "/role", Map.of(), adminToken), 400);
        assertThat(roleInDatabase(jane)).isEqualTo("USER");
    }

    @Test
    void answers_404_for_the_role_of_an_unknown_user() {
        var response =
                api.put("/api/v1/users/00000000-0000-0000-0000-000000000000/role", Map.of("role", "ADMIN"), adminToken);

        assertProblem(response, 404);
    }
}
