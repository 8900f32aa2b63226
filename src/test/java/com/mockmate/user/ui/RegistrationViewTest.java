package com.mockmate.user.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.security.login.SignInDetails;
import com.mockmate.support.AuditLogs;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

@IntegrationTest
class RegistrationViewTest extends BrowserlessTest {

    private static final String PASSWORD = "Quiet-Harbour-Lamp-7";

    @Value("${mockmate.registration.max-per-hour}")
    int registrationsPerHour;

    private RegistrationForm form;

    @BeforeEach
    void openRegistration() {
        UI.getCurrent().navigate("register");
        expectView(RegistrationView.class);
        form = _get(RegistrationForm.class);
    }

    @Test
    void valid_details_create_a_candidate_and_sign_them_in_as_a_login_would() {
        fill("Ada Lovelace", "ada@example.test", "ada.l", PASSWORD, PASSWORD);
        var sessionIdBefore = VaadinSession.getCurrent().getSession().getId();

        _click(form.submit);

        var id = jdbc.queryForObject(
                "SELECT id FROM users WHERE username = 'ada.l' AND email = 'ada@example.test' AND role = 'USER'",
                UUID.class);
        var saved = (SecurityContext) VaadinSession.getCurrent()
                .getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(saved).as("security context in the HTTP session").isNotNull();
        assertThat(saved.getAuthentication().getPrincipal()).isEqualTo(new AuthenticatedUser(id, "ada.l", Role.USER));
        assertThat(saved.getAuthentication().getDetails()).isInstanceOf(SignInDetails.class);
        assertThat(VaadinSession.getCurrent().getSession().getId())
                .as("a new session id against session fixation")
                .isNotEqualTo(sessionIdBefore);
        assertThat(AuditLogs.rows(jdbc, "LOGIN_SUCCEEDED"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("actor_id")).isEqualTo(id));
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .as("a full page load of the start page, which sends a candidate to the assessments")
                .anySatisfy(js -> assertThat(js.getInvocation().getParameters()).contains(RegistrationView.HOME));
    }

    @Test
    void mismatching_passwords_show_an_error_and_create_nothing() {
        fill("Ada Lovelace", "ada@example.test", "ada.l", PASSWORD, PASSWORD + "x");

        _click(form.submit);

        _expectInvalid(form.confirmPassword, "The passwords do not match");
        assertNoAccount("ada.l");
        expectView(RegistrationView.class);
    }

    @Test
    void a_short_password_shows_an_error_and_creates_nothing() {
        fill("Ada Lovelace", "ada@example.test", "ada.l", "short-1", "short-1");

        _click(form.submit);

        _expectInvalid(form.password, "Use at least 12 characters");
        assertNoAccount("ada.l");
        expectView(RegistrationView.class);
    }

    @Test
    void a_taken_username_is_reported_on_the_username_field() {
        fill("Another Admin", "someone@example.test", "admin", PASSWORD, PASSWORD);

        _click(form.submit);

        _expectInvalid(form.username, "The username 'admin' is already taken.");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM users WHERE email = 'someone@example.test'", Integer.class))
                .isZero();
        expectView(RegistrationView.class);
    }

    @Test
    void a_common_password_rejected_by_the_server_is_reported_on_the_password_field() {
        fill("Ada Lovelace", "ada@example.test", "ada.l", "1234qwerasdf", "1234qwerasdf");

        _click(form.submit);

        _expectInvalid(form.password, "This password is too common. Choose one that is harder to guess.");
        assertNoAccount("ada.l");
    }

    @Test
    void a_registration_beyond_the_hourly_limit_explains_when_to_try_again() {
        for (int i = 0; i < registrationsPerHour; i++) {
            fill("Another Admin", "someone@example.test", "admin", PASSWORD, PASSWORD);
            _click(form.submit);
        }
        fill("Ada Lovelace", "ada@example.test", "ada.l", PASSWORD, PASSWORD);

        _click(form.submit);

        assertThat(getNotifications())
                .singleElement()
                .satisfies(notification -> assertThat(notification.getElement().getProperty("text"))
                        .containsIgnoringCase("too many")
                        .containsIgnoringCase("try again"));
        assertThat(form.username.isInvalid()).isFalse();
        assertNoAccount("ada.l");
        expectView(RegistrationView.class);
    }

    private void fill(String fullName, String email, String username, String password, String repeat) {
        _setValue(form.fullName, fullName);
        _setValue(form.email, email);
        _setValue(form.username, username);
        _setValue(form.password, password);
        _setValue(form.confirmPassword, repeat);
    }

    private void assertNoAccount(String username) {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE username = ?", Integer.class, username))
                .isZero();
    }
}
