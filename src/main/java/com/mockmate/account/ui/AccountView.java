package com.mockmate.account.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.service.RecordingService;
import com.mockmate.report.service.ShareLinks;
import com.mockmate.report.ui.OwnShareLinks;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.service.AccountChanges;
import com.mockmate.user.service.AccountService;
import com.mockmate.user.service.RecordingConsent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

/**
 * The signed-in user's own account, for every role: name and email, password, and what happens to recordings of
 * spoken answers. Each section calls the same service as the REST API, so the rules (current password, policy, refresh
 * tokens revoked on a new password, audit) are the API's.
 */
@Route("account")
@PageTitle("My account | MockMate")
@Menu(order = 95, title = "My account", icon = "USER")
@PermitAll
@StyleSheet("context://styles/account.css")
public class AccountView extends VerticalLayout {

    final ProfileForm profile;
    final PasswordForm password = new PasswordForm();
    final Span consentState = new Span();
    final Button consentButton = new Button();
    final Button deleteRecordings = new Button("Delete all my recordings");

    private final ServiceRef<AccountService> accounts;
    private final ServiceRef<RecordingConsent> consent;
    private final ServiceRef<RecordingService> recordings;

    AccountView(
            AccountService accountService,
            RecordingConsent recordingConsent,
            RecordingService recordingService,
            ShareLinks shareLinks,
            Clock clock) {
        accounts = ServiceRef.of(AccountService.class, accountService);
        consent = ServiceRef.of(RecordingConsent.class, recordingConsent);
        recordings = ServiceRef.of(RecordingService.class, recordingService);
        var user = AuthenticatedUser.required();
        var account = accounts.get().get(user.id());
        profile = new ProfileForm(account);
        profile.addSaveListener(e -> saveProfile(e.changes()));
        password.addChangeListener(e -> changePassword(e.changes()));
        addClassNames("mm-page", "mm-account");
        var username = new Paragraph("Signed in as " + account.username());
        username.addClassName("mm-muted");
        add(
                new H2("My account"),
                username,
                section("Profile", null, profile),
                section(
                        "Password",
                        "Changing it signs you out here and everywhere else, including the mobile app.",
                        password),
                section("Recordings", null, recordingsSection()),
                section(
                        "Share links",
                        "Links to your reports for a mentor. Revoke one and it stops working at once.",
                        new OwnShareLinks(shareLinks, clock)));
    }

    private static Component section(String title, @Nullable String hint, Component content) {
        var box = new Div(new H3(title));
        if (hint != null) {
            var text = new Paragraph(hint);
            text.addClassName("mm-muted");
            box.add(text);
        }
        box.add(content);
        box.addClassNames("mm-card", "mm-account-section");
        return box;
    }

    private Component recordingsSection() {
        consentButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        consentButton.addClickListener(e -> toggleConsent());
        showConsent(consent.get().given(AuthenticatedUser.required().id()));
        var consentLine = new Div(consentState, consentButton);
        consentLine.addClassName("mm-account-line");
        var retention = new Paragraph("Recordings of your spoken answers are deleted automatically after a while."
                + " Deleting them yourself keeps transcripts, scores and delivery figures.");
        retention.addClassName("mm-muted");
        deleteRecordings.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deleteRecordings.addClickListener(e -> confirmDeletion());
        return new Div(consentLine, retention, deleteRecordings);
    }

    private void showConsent(boolean given) {
        consentState.setText(
                given
                        ? "You agreed that spoken answers are recorded."
                        : "You have not agreed to recordings: the next spoken answer asks first.");
        consentButton.setText(given ? "Withdraw consent" : "Give consent");
    }

    private void toggleConsent() {
        var user = AuthenticatedUser.required();
        if (consent.get().given(user.id())) {
            consent.get().withdraw(user.id());
            showConsent(false);
            success("Consent withdrawn. Recordings already made stay until they expire or you delete them.");
        } else {
            consent.get().give(user.id());
            showConsent(true);
            success("Consent given.");
        }
    }

    private void saveProfile(AccountChanges changes) {
        try {
            profile.saved(accounts.get().update(AuthenticatedUser.required().id(), changes));
            success("Your details are saved.");
        } catch (ErrorResponseException e) {
            profile.showServerError(detail(e));
        }
    }

    private void changePassword(AccountChanges changes) {
        try {
            accounts.get().update(AuthenticatedUser.required().id(), changes);
        } catch (ErrorResponseException e) {
            password.showServerError(detail(e));
            return;
        }
        // A new password ends every session signed in with the old one, this one included (see AccountRecheckFilter).
        var dialog = new ConfirmDialog(
                "Password changed",
                "You are signed out everywhere, here too. Sign in again with your new password.",
                "Sign in again",
                e -> getUI().ifPresent(ui -> ui.getPage().setLocation("login")));
        dialog.setCloseOnEsc(false);
        dialog.open();
    }

    private void confirmDeletion() {
        var dialog = new ConfirmDialog(
                "Delete all your recordings?",
                "The audio of every spoken answer you gave is deleted for good.",
                "Delete recordings",
                confirmed -> {
                    int deleted = recordings.get().deleteAllRecordings(AuthenticatedUser.required());
                    success(
                            deleted == 0
                                    ? "You had no recordings."
                                    : deleted == 1 ? "1 recording deleted." : deleted + " recordings deleted.");
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private static String detail(ErrorResponseException e) {
        var detail = e.getBody().getDetail();
        return detail == null ? "That did not work; please try again." : detail;
    }

    private static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
