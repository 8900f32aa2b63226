package com.mockmate.base.ui;

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
    void a_candidate_sees_only_assessments_in_the_menu() {
        signInAsNew(Role.USER);

        UI.getCurrent().navigate("assessments");

        assertThat(menu()).containsExactly("Assessments", "My interviews");
    }

    @Test
    void an_instructor_sees_assessments_catalog_and_builder() {
        signInAsNew(Role.INSTRUCTOR);

        UI.getCurrent().navigate("assessments");

        assertThat(menu())
                .containsExactly("Assessments", "My interviews", "Catalog", "Test builder", "Flagged answers");
    }

    @Test
    void an_admin_sees_every_screen() {
        signInAs(ADMIN_USERNAME);

        UI.getCurrent().navigate("assessments");

        assertThat(menu())
                .containsExactly("Assessments", "My interviews", "Catalog", "Test builder", "Flagged answers", "Users");
    }

    @Test
    void menu_entries_point_at_the_views_routes() {
        signInAs(ADMIN_USERNAME);

        UI.getCurrent().navigate("assessments");

        assertThat(_get(SideNav.class).getItems().stream().map(SideNavItem::getPath))
                .containsExactly("assessments", "history", "catalog", "builder", "flagged-answers", "admin/users");
    }

    @Test
    void the_navbar_shows_who_is_signed_in_and_as_what() {
        var candidate = signInAsNew(Role.USER);

        UI.getCurrent().navigate("assessments");

        assertThat(_get(Span.class, spec -> spec.withClasses("mm-user-name")).getText())
                .isEqualTo(candidate.username());
        assertThat(_get(Span.class, spec -> spec.withText("candidate"))).isNotNull();
    }

    private static List<String> menu() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
