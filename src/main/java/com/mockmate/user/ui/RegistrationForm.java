package com.mockmate.user.ui;

import com.mockmate.user.domain.User;
import com.mockmate.user.service.Registration;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.io.Serializable;

/** Sign-up fields with inline validation; fires {@link SubmitEvent} with a complete {@link Registration}. */
public class RegistrationForm extends FormLayout {

    private static final String INVALID_EMAIL = "Enter a valid email address";

    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Email");
    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmPassword = new PasswordField("Repeat password");
    final Button submit = new Button("Create account");

    private final Binder<Fields> binder = new Binder<>(Fields.class);

    public RegistrationForm() {
        username.setHelperText("3–40 characters: letters, digits, '.', '_' or '-'");
        password.setHelperText("At least " + User.PASSWORD_MIN + " characters; avoid common passwords");
        fullName.setMaxLength(User.FULL_NAME_MAX);
        email.setMaxLength(User.EMAIL_MAX);
        // The field's own pattern check runs before the binder's validators; without a message, a bare red field.
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(INVALID_EMAIL));
        username.setMaxLength(User.USERNAME_MAX);
        password.setMaxLength(User.PASSWORD_MAX);

        binder.forField(fullName).asRequired("Enter your name").bind(Fields::getFullName, Fields::setFullName);
        binder.forField(email)
                .asRequired("Enter your email address")
                .withValidator(new EmailValidator(INVALID_EMAIL))
                .bind(Fields::getEmail, Fields::setEmail);
        binder.forField(username)
                .asRequired("Choose a username")
                .withValidator(new StringLengthValidator(
                        "Use " + User.USERNAME_MIN + " to " + User.USERNAME_MAX + " characters",
                        User.USERNAME_MIN,
                        User.USERNAME_MAX))
                .withValidator(new RegexpValidator("Use only letters, digits, '.', '_' and '-'", User.USERNAME_PATTERN))
                .bind(Fields::getUsername, Fields::setUsername);
        binder.forField(password)
                .asRequired("Choose a password")
                .withValidator(new StringLengthValidator(
                        "Use at least " + User.PASSWORD_MIN + " characters", User.PASSWORD_MIN, User.PASSWORD_MAX))
                .bind(Fields::getPassword, Fields::setPassword);
        binder.forField(confirmPassword)
                .asRequired("Repeat the password")
                .withValidator(value -> value.equals(password.getValue()), "The passwords do not match")
                .bind(Fields::getConfirmPassword, Fields::setConfirmPassword);
        binder.setBean(new Fields());

        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> submitIfValid());
        submit.setWidthFull();

        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(fullName, email, username, password, confirmPassword, submit);
    }

    private void submitIfValid() {
        if (binder.validate().isOk()) {
            var fields = binder.getBean();
            fireEvent(new SubmitEvent(
                    this,
                    new Registration(
                            fields.getUsername().trim(),
                            fields.getPassword(),
                            fields.getEmail().trim(),
                            fields.getFullName().trim())));
        }
    }

    /** Shows a server-side rejection (taken username, weak password) on the field it concerns. */
    public void showServerError(String message) {
        var lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("password")) {
            password.setErrorMessage(message);
            password.setInvalid(true);
        } else if (lower.contains("email")) {
            email.setErrorMessage(message);
            email.setInvalid(true);
        } else {
            username.setErrorMessage(message);
            username.setInvalid(true);
        }
    }

    public com.vaadin.flow.shared.Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    public static class SubmitEvent extends ComponentEvent<RegistrationForm> {

        private final Registration registration;

        SubmitEvent(RegistrationForm source, Registration registration) {
            super(source, false);
            this.registration = registration;
        }

        public Registration registration() {
            return registration;
        }
    }

    /** The mutable bean the binder edits. */
    static class Fields implements Serializable {
        private String fullName = "";
        private String email = "";
        private String username = "";
        private String password = "";
        private String confirmPassword = "";

        String getFullName() {
            return fullName;
        }

        void setFullName(String fullName) {
            this.fullName = fullName;
        }

        String getEmail() {
            return email;
        }

        void setEmail(String email) {
            this.email = email;
        }

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }

        String getConfirmPassword() {
            return confirmPassword;
        }

        void setConfirmPassword(String confirmPassword) {
            this.confirmPassword = confirmPassword;
        }
    }
}
