package com.mockmate.base.ui;

import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.assessment.ui.AssessmentsView;
import com.mockmate.catalog.ui.CatalogView;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.Role;
import com.mockmate.user.ui.UsersView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

@IntegrationTest
class HomeViewTest extends BrowserlessTest {

    @Test
    void forwards_an_admin_to_the_users_view() {
        signInAs(ADMIN_USERNAME);

        UI.getCurrent().navigate("");

        expectView(UsersView.class);
        assertThat(getCurrentPath()).isEqualTo("admin/users");
    }

    @Test
    void forwards_an_instructor_to_the_catalog() {
        signInAsNew(Role.INSTRUCTOR);

        UI.getCurrent().navigate("");

        expectView(CatalogView.class);
        assertThat(getCurrentPath()).isEqualTo("catalog");
    }

    @Test
    void drops_the_query_of_the_start_page_when_forwarding() {
        signInAsNew(Role.USER);

        UI.getCurrent().navigate("", QueryParameters.of("continue", ""));

        expectView(AssessmentsView.class);
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .isEmpty();
    }

    @Test
    void forwards_a_candidate_to_the_assessments() {
        signInAsNew(Role.USER);

        UI.getCurrent().navigate("");

        expectView(AssessmentsView.class);
        assertThat(getCurrentPath()).isEqualTo("assessments");
    }
}
