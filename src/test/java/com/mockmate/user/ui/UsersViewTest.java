package com.mockmate.user.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertDisabled;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.Role;
import com.mockmate.user.service.UserAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@IntegrationTest
class UsersViewTest extends BrowserlessTest {

    private String candidate;
    private UsersView view;

    @BeforeEach
    void openUsersAsAdmin() {
        candidate = createAccount("cara-" + shortId(), Role.USER);
        signInAs(ADMIN_USERNAME);
        UI.getCurrent().navigate("admin/users");
        view = _get(UsersView.class);
    }

    @Test
    void lists_every_account_with_its_details() {
        assertThat(_findAll(view.grid)).extracting(UserAccount::username).containsExactly(ADMIN_USERNAME, candidate);
        var row = rowOf(candidate);
        assertThat(this.<Select<Role>>cell(row, "role").getValue()).isEqualTo(Role.USER);
        assertThat(this.<Span>cell(row, "status").getText()).isEqualTo("Active");
        assertThat(this.<Button>cell(row, "lock").getText()).isEqualTo("Lock");
    }

    @Test
    void choosing_a_role_in_the_row_changes_and_persists_it() {
        Select<Role> role = cell(rowOf(candidate), "role");

        _setValue(role, Role.INSTRUCTOR);

        assertThat(roleInDatabase(candidate)).isEqualTo("INSTRUCTOR");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_logs WHERE action = 'ROLE_CHANGED'", Integer.class))
                .isEqualTo(1);
        expectNotifications(candidate + " is now Instructor");
        assertThat(this.<Select<Role>>cell(rowOf(candidate), "role").getValue()).isEqualTo(Role.INSTRUCTOR);
    }

    @Test
    void the_lock_button_locks_the_account() {
        _click(this.<Button>cell(rowOf(candidate), "lock"));

        var lockedUntil =
                jdbc.queryForObject("SELECT locked_until FROM users WHERE username = ?", Timestamp.class, candidate);
        assertThat(lockedUntil).isNotNull();
        assertThat(lockedUntil.toInstant()).isAfter(Instant.now().plusSeconds(3600));
        expectNotifications(candidate + " locked");
        var row = rowOf(candidate);
        assertThat(this.<Span>cell(row, "status").getText()).isEqualTo("Locked");
        assertThat(this.<Button>cell(row, "lock").getText()).isEqualTo("Unlock");
    }

    @Test
    void the_unlock_button_lifts_a_lock() {
        _click(this.<Button>cell(rowOf(candidate), "lock"));

        _click(this.<Button>cell(rowOf(candidate), "lock"));

        assertThat(jdbc.queryForObject("SELECT locked_until FROM users WHERE username = ?", Timestamp.class, candidate))
                .isNull();
        assertThat(this.<Span>cell(rowOf(candidate), "status").getText()).isEqualTo("Active");
    }

    @Test
    void admins_cannot_change_their_own_role_or_lock_themselves() {
        var own = rowOf(ADMIN_USERNAME);

        _assertDisabled(cell(own, "role"));
        _assertDisabled(cell(own, "lock"));
    }

    @Test
    void the_search_field_filters_the_list() {
        _setValue(view.search, candidate);

        assertThat(_findAll(view.grid)).extracting(UserAccount::username).containsExactly(candidate);
    }

    @Test
    void on_a_phone_each_account_is_one_card_that_keeps_the_role_and_lock_controls() {
        view.useCompactLayout(true);

        assertThat(view.grid.getColumns().stream().filter(Grid.Column::isVisible))
                .extracting(Grid.Column::getKey)
                .containsExactly("card");
        var card = this.<Component>cell(rowOf(candidate), "card");
        assertThat(get_textRecursively(card)).contains(candidate, candidate + "@example.test", "Active", "Joined");
        Select<Role> role = _get(card, Select.class);
        _setValue(role, Role.INSTRUCTOR);
        assertThat(roleInDatabase(candidate)).isEqualTo("INSTRUCTOR");
        _click(_get(card, Button.class, spec -> spec.withText("Lock")));
        assertThat(jdbc.queryForObject("SELECT locked_until FROM users WHERE username = ?", Timestamp.class, candidate))
                .isNotNull();

        view.useCompactLayout(false);

        assertThat(view.grid.getColumns().stream().filter(Grid.Column::isVisible))
                .extracting(Grid.Column::getKey)
                .containsExactly("username", "name", "email", "role", "status", "joined", "lock");
    }

    private int rowOf(String username) {
        var rows = _findAll(view.grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError(username + " is not listed: " + rows);
    }

    @SuppressWarnings("unchecked")
    private <C extends Component> C cell(int row, String column) {
        return (C) _getCellComponent(view.grid, row, column);
    }

    private String roleInDatabase(String username) {
        return jdbc.queryForObject("SELECT role FROM users WHERE username = ?", String.class, username);
    }
}
