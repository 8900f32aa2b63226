package com.mockmate.account.ui;

import com.mockmate.user.domain.User;
import com.mockmate.user.service.AccountChanges;
import com.mockmate.user.service.UserAccount;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;

/**
 * Full name and email address. A new address needs the current password (the API's rule), so its field appears only
 * then. Fires {@link SaveEvent} with the changes once the fields are valid; server rejections come back through
 * {@link #showServerError(String)}.
 */
class ProfileForm extends Div {

    private static final String INVALID_EMAIL = "Enter a valid email address";

    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Email");
    final PasswordField currentPassword = new PasswordField("Current password");
    final Button save = new Button("Save changes");

    private String savedEmail;

    ProfileForm(UserAccount account) {
        savedEmail = account.email();
        fullName.setMaxLength(User.FULL_NAME_MAX);
        fullName.setRequired(true);
        email.setMaxLength(User.EMAIL_MAX);
        email.setRequired(true);
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(INVALID_EMAIL));
        currentPassword.setHelperText("Needed to change your email address");
        currentPassword.setVisible(false);
        fullName.setValue(account.fullName());
        email.setValue(account.email());
        email.setValueChangeMode(ValueChangeMode.EAGER);
        email.addValueChangeListener(e -> currentPassword.setVisible(emailChanged()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveIfValid());
        var fields = new FormLayout(fullName, email, currentPassword);
        fields.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        save.addClassName("mm-form-action");
        add(fields, save);
    }

    private boolean emailChanged() {
        return !email.getValue().strip().equalsIgnoreCase(savedEmail);
    }

    private void saveIfValid() {
        clearErrors();
        var name = fullName.getValue().strip();
        var address = email.getValue().strip();
        boolean ok = true;
        if (name.isEmpty()) {
            ok = invalid(fullName, "Enter your name");
        } else if (!name.matches(User.FULL_NAME_PATTERN)) {
            ok = invalid(fullName, "Use letters, spaces and punctuation only");
        }
        if (address.isEmpty() || email.isInvalid() || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            ok = invalid(email, INVALID_EMAIL);
        }
        if (emailChanged() && currentPassword.getValue().isEmpty()) {
            ok = invalid(currentPassword, "Enter your current password to change your email address");
        }
        if (ok) {
            fireEvent(new SaveEvent(
                    this, new AccountChanges(name, address, emailChanged() ? currentPassword.getValue() : null, null)));
        }
    }

    /** After a successful save: the new address is the saved one, and the password is not kept in the field. */
    void saved(UserAccount account) {
        savedEmail = account.email();
        fullName.setValue(account.fullName());
        email.setValue(account.email());
        currentPassword.clear();
        currentPassword.setVisible(false);
    }

    /** Shows a rejection (wrong current password, address taken) on the field it concerns. */
    void showServerError(String message) {
        var lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("password")) {
            invalid(currentPassword, message);
        } else if (lower.contains("email") || lower.contains("address")) {
            invalid(email, message);
        } else {
            invalid(fullName, message);
        }
    }

    private void clearErrors() {
        fullName.setInvalid(false);
        email.setInvalid(false);
        currentPassword.setInvalid(false);
    }

    private static boolean invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<ProfileForm> {

        private final AccountChanges changes;

        SaveEvent(ProfileForm source, AccountChanges changes) {
            super(source, false);
            this.changes = changes;
        }

        AccountChanges changes() {
            return changes;
        }
    }
}
