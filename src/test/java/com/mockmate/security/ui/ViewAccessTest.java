package com.mockmate.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.mockmate.assessment.ui.AssessmentsView;
import com.mockmate.catalog.ui.CatalogView;
import com.mockmate.interview.ui.FlaggedAnswersView;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.Role;
import com.mockmate.user.ui.RegistrationView;
import com.mockmate.user.ui.UsersView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vaadin's navigation access control with the real security configuration. A signed-in user without the role is
 * rerouted to Vaadin's access-denied error; Karibu's stand-in for that error view throws
 * {@link MockAccessDeniedException}, so the throw is the observable outcome.
 */
@IntegrationTest
class ViewAccessTest extends BrowserlessTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin/users", "catalog", "assessments", ""})
    void anonymous_visitors_are_sent_to_the_login_view(String route) {
        UI.getCurrent().navigate(route);

        expectView(LoginView.class);
        _assertNone(UsersView.class);
    }

    @Test
    void a_candidate_opens_assessments_but_neither_users_nor_catalog() {
        signInAsNew(Role.USER);

        UI.getCurrent().navigate("assessments");
        expectView(AssessmentsView.class);

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(UsersView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("catalog")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(CatalogView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("flagged-answers"))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(FlaggedAnswersView.class);
    }

    @Test
    void an_instructor_opens_catalog_and_assessments_but_not_users() {
        signInAsNew(Role.INSTRUCTOR);

        UI.getCurrent().navigate("catalog");
        expectView(CatalogView.class);
        UI.getCurrent().navigate("assessments");
        expectView(AssessmentsView.class);

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(UsersView.class);
    }

    @Test
    void an_admin_opens_every_view() {
        signInAs(ADMIN_USERNAME);

        UI.getCurrent().navigate("admin/users");
        expectView(UsersView.class);
        UI.getCurrent().navigate("catalog");
        expectView(CatalogView.class);
        UI.getCurrent().navigate("assessments");
        expectView(AssessmentsView.class);
    }

    /** The login and sign-up pages are for visitors: someone already signed in goes on to the application. */
    @Test
    void a_signed_in_candidate_opening_login_or_sign_up_lands_on_the_assessments() {
        signInAsNew(Role.USER);

        UI.getCurrent().navigate("login");
        expectView(AssessmentsView.class);

        UI.getCurrent().navigate("register");
        expectView(AssessmentsView.class);
    }

    @Test
    void a_signed_in_admin_opening_a_failed_login_page_lands_on_the_users() {
        signInAs(ADMIN_USERNAME);

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        expectView(UsersView.class);
    }

    @Test
    void visitors_get_the_login_and_sign_up_pages() {
        UI.getCurrent().navigate("login");
        expectView(LoginView.class);

        UI.getCurrent().navigate("register");
        expectView(RegistrationView.class);
    }
}
