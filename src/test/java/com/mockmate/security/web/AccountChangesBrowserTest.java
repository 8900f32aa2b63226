package com.mockmate.security.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocket;
import com.microsoft.playwright.options.AriaRole;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.BrowserTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.Role;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An administrator has the users view open in Chromium, with its push connection, when another administrator demotes
 * and locks them through the API: the page's next round trip lands on the login view, and the server closes the push
 * connection of the ended session instead of going on updating the old page. Every test here also checks, through
 * {@link BrowserTest}, that the Content-Security-Policy blocked nothing.
 */
@IntegrationTest
class AccountChangesBrowserTest extends BrowserTest {

    private static final String SEARCH = "input[placeholder='Search by name, username or email']";

    private final List<WebSocket> sockets = new CopyOnWriteArrayList<>();
    private ApiClient api;
    private Accounts.Account ada;

    @BeforeEach
    void adaHasTheUsersViewOpen() {
        api = new ApiClient(port);
        ada = Accounts.registerWithRole(api, "ada.admin", Role.ADMIN);
        page.onWebSocket(sockets::add);
        page.navigate(url("/login"));
        logIn(ada.username(), ada.password());
        page.waitForURL("**/admin/users");
        assertThat(page.locator("vaadin-grid")).containsText("ada.admin");
        page.waitForCondition(() -> pushSocket() != null);
        assertNoVaadinError();
    }

    @Test
    void a_demoted_and_locked_admin_is_sent_from_the_open_users_view_to_the_login_view() {
        var admin = Accounts.adminToken(api);
        assertThat(api.put("/api/v1/users/" + ada.id() + "/role", Map.of("role", "USER"), admin)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/users/" + ada.id() + "/lock", null, admin).status())
                .isEqualTo(200);

        page.locator(SEARCH).fill("ada");

        page.waitForURL("**/login");
        assertThat(page.locator("input[name=username]")).isVisible();
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        screenshot("demoted-admin-at-login");
        page.navigate(url("/admin/users"));
        page.waitForURL("**/login");
        assertThat(page.locator("vaadin-grid")).hasCount(0);
    }

    @Test
    void the_server_closes_the_push_connection_of_the_ended_session() {
        var push = pushSocket();
        assertThat(push.isClosed()).isFalse();
        var admin = Accounts.adminToken(api);
        assertThat(api.post("/api/v1/users/" + ada.id() + "/lock", null, admin).status())
                .isEqualTo(200);

        // Any request of the session ends it: here one the page itself does not react to.
        page.evaluate("() => fetch('/admin/users', {redirect: 'manual'}).then(r => r.status)");

        page.waitForCondition(push::isClosed, new Page.WaitForConditionOptions().setTimeout(30_000));
        // Without any click: the client reconnects its push, is told that the session expired, and reloads.
        page.waitForURL("**/login", new Page.WaitForURLOptions().setTimeout(30_000));
        assertThat(page.locator("vaadin-grid")).hasCount(0);
    }

    @Test
    void after_a_role_change_alone_the_next_login_has_the_new_role() {
        var admin = Accounts.adminToken(api);
        assertThat(api.put("/api/v1/users/" + ada.id() + "/role", Map.of("role", "USER"), admin)
                        .status())
                .isEqualTo(200);

        page.locator(SEARCH).fill("ada");
        page.waitForURL("**/login");
        logIn(ada.username(), ada.password());

        page.waitForURL(url -> !url.contains("/login"));

        // Back to the page asked for before, which the new role may not open.
        assertThat(page.getByText("Page not found", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        page.navigate(url("/"));
        page.waitForURL("**/assessments");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Assessments")))
                .isVisible();
        // A candidate's menu: assessments, own interviews, progress, profile, résumé and account.
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(6);
        screenshot("demoted-admin-logged-in-again");
    }

    private WebSocket pushSocket() {
        return sockets.stream()
                .filter(socket -> socket.url().contains("v-r=push"))
                .reduce((first, second) -> second)
                .orElse(null);
    }
}
