package com.mockmate.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

@IntegrationTest
class MainLayoutTest extends BrowserlessTest {

    @Test
    void a_candidate_sees_assessments_and_their_own_pages_in_the_menu() {
        signInAsNew(Role.USER);

        UI.getCurrent().navigate("assessments");

        assertThat(menu())
                .containsExactly(
                        "Assessments", "My interviews", "My progress", "My profile", "My résumé", "My account");
    }

    @Test
    void an_instructor_sees_assessments_catalog_and_builder() {
        signInAsNew(Role.INSTRUCTOR);

        UI.getCurrent().navigate("assessments");

        assertThat(menu())
                .containsExactly(
                        "Assessments",
                        "My interviews",
                        "My progress",
                        "My profile",
                        "My résumé",
                        "Catalog",
                        "Test builder",
                        "Flagged answers",
                        "My account");
    }

    @Test
    void an_admin_sees_every_screen() {
        signInAs(ADMIN_USERNAME);

        UI.getCurrent().navigate("assessments");

        assertThat(menu())
                .containsExactly(
                        "Assessments",
                        "My interviews",
                        "My progress",
                        "My profile",
                        "My résumé",
                        "Catalog",
                        "Test builder",
                        "Flagged answers",
                        "Users",
                        "My account");
    }

    @Test
    void menu_entries_point_at_the_views_routes() {
        signInAs(ADMIN_USERNAME);

        UI.getCurrent().navigate("assessments");

        assertThat(_get(SideNav.class).getItems().stream().map(SideNavItem::getPath))
                .containsExactly(
                        "assessments",
                        "history",
                        "progress",
                        "profile",
                        "resume",
                        "catalog",
                        "builder",
                        "flagged-answers",
                        "admin/users",
                        "account");
    }

    @Test
    void the_navbar_shows_a_candidates_full_name_with_the_username_in_the_tooltip_and_no_role_badge() {
        var candidate = signInAsNew(Role.USER);

        UI.getCurrent().navigate("assessments");

        var name = _get(Span.class, spec -> spec.withClasses("mm-user-name"));
        assertThat(name.getText()).isEqualTo("Test " + candidate.username());
        assertThat(name.getTitle()).hasValue("Signed in as " + candidate.username());
        assertThat(_find(Span.class, spec -> spec.withClasses("mm-user-role"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withText(candidate.username())))
                .isEmpty();
    }

    @Test
    void staff_see_their_role_as_a_word_in_the_navbar() {
        signInAsNew(Role.INSTRUCTOR);

        UI.getCurrent().navigate("assessments");

        assertThat(_get(Span.class, spec -> spec.withClasses("mm-user-role")).getText())
                .isEqualTo("Instructor");
    }

    @Test
    void without_a_full_name_the_navbar_shows_the_username() {
        var candidate = signInAsNew(Role.USER);
        jdbc.update("UPDATE users SET full_name = '' WHERE id = ?", candidate.id());

        UI.getCurrent().navigate("assessments");

        assertThat(_get(Span.class, spec -> spec.withClasses("mm-user-name")).getText())
                .isEqualTo(candidate.username());
    }

    private static List<String> menu() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
