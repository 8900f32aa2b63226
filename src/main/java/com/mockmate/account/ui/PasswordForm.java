package com.mockmate.account.ui;

import com.mockmate.user.domain.User;
import com.mockmate.user.service.AccountChanges;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Current password, new password twice. Checks what it can before asking the server (lengths, the repeat); the policy
 * (common passwords, the username) is the server's, and its answer is shown on the field through
 * {@link #showServerError(String)}.
 */
class PasswordForm extends Div {

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("Repeat new password");
    final Button change = new Button("Change password");

    PasswordForm() {
        newPassword.setHelperText("At least " + User.PASSWORD_MIN + " characters; avoid common passwords");
        newPassword.setMaxLength(User.PASSWORD_MAX);
        currentPassword.setRequired(true);
        newPassword.setRequired(true);
        repeatPassword.setRequired(true);
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> changeIfValid());
        var fields = new FormLayout(currentPassword, newPassword, repeatPassword);
        fields.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        fields.setColspan(currentPassword, 2);
        change.addClassName("mm-form-action");
        add(fields, change);
    }

    private void changeIfValid() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        repeatPassword.setInvalid(false);
        boolean ok = true;
        if (currentPassword.getValue().isEmpty()) {
            ok = invalid(currentPassword, "Enter your current password");
        }
        var chosen = newPassword.getValue();
        if (chosen.length() < User.PASSWORD_MIN) {
            ok = invalid(newPassword, "Use at least " + User.PASSWORD_MIN + " characters");
        } else if (chosen.getBytes(StandardCharsets.UTF_8).length > User.PASSWORD_MAX_BYTES) {
            ok = invalid(newPassword, "Too long: at most " + User.PASSWORD_MAX_BYTES + " bytes");
        } else if (!repeatPassword.getValue().equals(chosen)) {
            ok = invalid(repeatPassword, "The passwords do not match");
        }
        if (ok) {
            fireEvent(new ChangeEvent(this, new AccountChanges(null, null, currentPassword.getValue(), chosen)));
        }
    }

    void showServerError(String message) {
        if (message.toLowerCase(Locale.ROOT).contains("current password")) {
            invalid(currentPassword, message);
        } else {
            invalid(newPassword, message);
        }
    }

    private static boolean invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    static class ChangeEvent extends ComponentEvent<PasswordForm> {

        private final AccountChanges changes;

        ChangeEvent(PasswordForm source, AccountChanges changes) {
            super(source, false);
            this.changes = changes;
        }

        AccountChanges changes() {
            return changes;
        }
    }
}
