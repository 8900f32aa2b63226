package com.mockmate.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.interview.service.InterviewService;
import com.mockmate.security.token.RefreshTokenService;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.SessionSerialization;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A user's own account screen: the same rules as PATCH /users/me and the recording endpoints. */
@IntegrationTest
class AccountViewTest extends BrowserlessTest {

    private static final String PASSWORD = "Long-Enough-Secret-42";

    @Autowired
    InterviewService interviews;

    @Autowired
    RefreshTokenService refreshTokens;

    AuthenticatedUser candidate;
    AccountView view;

    @BeforeEach
    void openAccount() {
        candidate = signInAsNew(Role.USER);
        UI.getCurrent().navigate("account");
        view = _get(AccountView.class);
    }

    @Test
    void every_role_has_the_screen_with_its_own_details() {
        assertThat(view.profile.fullName.getValue()).isEqualTo("Test " + candidate.username());
        assertThat(view.profile.email.getValue()).isEqualTo(candidate.username() + "@example.test");
        assertThat(view.profile.currentPassword.isVisible()).isFalse();
        SessionSerialization.roundTripCurrentSession("account view");
    }

    @Test
    void saves_a_new_name() {
        _setValue(view.profile.fullName, "Carla Q. Candidate");
        _click(view.profile.save);

        expectNotifications("Your details are saved.");
        assertThat(column("full_name")).isEqualTo("Carla Q. Candidate");
    }

    @Test
    void a_new_email_address_needs_the_current_password_and_a_wrong_one_is_shown_on_its_field() {
        _setValue(view.profile.email, "carla@example.org");
        assertThat(view.profile.currentPassword.isVisible()).isTrue();

        _click(view.profile.save);
        assertThat(view.profile.currentPassword.isInvalid()).isTrue();
        assertThat(view.profile.currentPassword.getErrorMessage()).contains("current password");

        _setValue(view.profile.currentPassword, "Not-The-Password-1");
        _click(view.profile.save);
        assertThat(view.profile.currentPassword.getErrorMessage()).isEqualTo("The current password is not correct.");
        assertThat(column("email")).isEqualTo(candidate.username() + "@example.test");

        _setValue(view.profile.currentPassword, PASSWORD);
        _click(view.profile.save);
        expectNotifications("Your details are saved.");
        assertThat(column("email")).isEqualTo("carla@example.org");
    }

    @Test
    void checks_the_new_password_before_asking_the_server() {
        _setValue(view.password.currentPassword, PASSWORD);
        _setValue(view.password.newPassword, "short");
        _click(view.password.change);
        assertThat(view.password.newPassword.getErrorMessage()).isEqualTo("Use at least 12 characters");

        _setValue(view.password.newPassword, "Green-Harbour-77-stone");
        _setValue(view.password.repeatPassword, "Green-Harbour-77-stonf");
        _click(view.password.change);
        assertThat(view.password.repeatPassword.getErrorMessage()).isEqualTo("The passwords do not match");
    }

    @Test
    void shows_the_password_policy_of_the_server_on_the_new_password() {
        var weak = candidate.username() + "-password";
        _setValue(view.password.currentPassword, PASSWORD);
        _setValue(view.password.newPassword, weak);
        _setValue(view.password.repeatPassword, weak);
        _click(view.password.change);

        assertThat(view.password.newPassword.isInvalid()).isTrue();
        assertThat(view.password.newPassword.getErrorMessage()).containsIgnoringCase("username");
    }

    @Test
    void a_new_password_revokes_every_refresh_token_and_asks_to_sign_in_again() {
        refreshTokens.issue(candidate, null, null);
        var hashBefore = column("password_hash");

        _setValue(view.password.currentPassword, PASSWORD);
        _setValue(view.password.newPassword, "Green-Harbour-77-stone");
        _setValue(view.password.repeatPassword, "Green-Harbour-77-stone");
        _click(view.password.change);

        assertThat(column("password_hash")).isNotEqualTo(hashBefore);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM refresh_tokens WHERE user_id = ? AND revoked_at IS NULL",
                        Long.class,
                        candidate.id()))
                .isZero();
        assertThat(_get(ConfirmDialog.class).isOpened()).isTrue();
    }

    @Test
    void consent_to_recordings_is_given_and_withdrawn() {
        assertThat(view.consentButton.getText()).isEqualTo("Give consent");

        _click(view.consentButton);
        assertThat(consentGiven()).isTrue();
        assertThat(view.consentButton.getText()).isEqualTo("Withdraw consent");

        _click(view.consentButton);
        assertThat(consentGiven()).isFalse();
        assertThat(view.consentState.getText()).contains("the next spoken answer asks first");
    }

    @Test
    void deletes_all_recordings_after_confirming() {
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        var sessionId = interviews.start(candidate, testId).id();
        var turnId = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO interview_turns (id, session_id, question_id, position, question_position, client_turn_id,"
                        + " answer_text, status, answer_mode, audio_key, created_at, updated_at)"
                        + " SELECT ?, s.id, aq.question_id, 1, 1, 'v1', 'spoken', 'FAILED', 'VOICE', 'audio/x/y.webm',"
                        + " now(), now() FROM interview_sessions s JOIN assessment_questions aq"
                        + " ON aq.assessment_id = s.assessment_id AND aq.position = 0 WHERE s.id = ?",
                turnId,
                sessionId);

        _click(view.deleteRecordings);
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("1 recording deleted.");
        assertThat(jdbc.queryForObject(
                        "SELECT audio_key IS NULL AND audio_deleted_at IS NOT NULL FROM interview_turns WHERE id = ?",
                        Boolean.class,
                        turnId))
                .isTrue();
    }

    private String column(String name) {
        return jdbc.queryForObject("SELECT " + name + " FROM users WHERE id = ?", String.class, candidate.id());
    }

    private boolean consentGiven() {
        return jdbc.queryForObject(
                "SELECT recording_consent_at IS NOT NULL FROM users WHERE id = ?", Boolean.class, candidate.id());
    }
}
