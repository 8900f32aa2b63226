package com.mockmate.user.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectValid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.mockmate.user.service.Registration;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form alone, without Spring: fields, validation and the event it fires. */
class RegistrationFormTest {

    private static final String PASSWORD = "Quiet-Harbour-Lamp-7";

    private RegistrationForm form;
    private final List<Registration> submitted = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        form = new RegistrationForm();
        form.addSubmitListener(event -> submitted.add(event.registration()));
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void fires_a_submit_event_with_the_entered_details() {
        fill("  Ada Lovelace ", "ada@example.test", "ada.l", PASSWORD, PASSWORD);

        _click(form.submit);

        assertThat(submitted).containsExactly(new Registration("ada.l", PASSWORD, "ada@example.test", "Ada Lovelace"));
    }

    @Test
    void does_not_fire_when_the_passwords_differ() {
        fill("Ada Lovelace", "ada@example.test", "ada.l", PASSWORD, PASSWORD + "!");

        _click(form.submit);

        assertThat(submitted).isEmpty();
        _expectInvalid(form.confirmPassword, "The passwords do not match");
        _expectValid(form.password);
    }

    @Test
    void does_not_fire_for_a_short_password() {
        fill("Ada Lovelace", "ada@example.test", "ada.l", "too-short", "too-short");

        _click(form.submit);

        assertThat(submitted).isEmpty();
        _expectInvalid(form.password, "Use at least 12 characters");
    }

    @Test
    void does_not_fire_for_an_invalid_email_or_username() {
        fill("Ada Lovelace", "not-an-email", "ada lovelace", PASSWORD, PASSWORD);

        _click(form.submit);

        assertThat(submitted).isEmpty();
        _expectInvalid(form.email, "Enter a valid email address");
        _expectInvalid(form.username, "Use only letters, digits, '.', '_' and '-'");
    }

    @Test
    void does_not_fire_when_required_fields_are_empty() {
        _click(form.submit);

        assertThat(submitted).isEmpty();
        _expectInvalid(form.fullName, "Enter your name");
        _expectInvalid(form.email, "Enter your email address");
        _expectInvalid(form.username, "Choose a username");
        _expectInvalid(form.password, "Choose a password");
    }

    @Test
    void shows_server_rejections_on_the_field_they_concern() {
        form.showServerError("This password is too common. Choose one that is harder to guess.");
        form.showServerError("An account with this email address already exists.");
        form.showServerError("The username 'ada.l' is already taken.");

        _expectInvalid(form.password, "This password is too common. Choose one that is harder to guess.");
        _expectInvalid(form.email, "An account with this email address already exists.");
        _expectInvalid(form.username, "The username 'ada.l' is already taken.");
    }

    private void fill(String fullName, String email, String username, String password, String repeat) {
        _setValue(form.fullName, fullName);
        _setValue(form.email, email);
        _setValue(form.username, username);
        _setValue(form.password, password);
        _setValue(form.confirmPassword, repeat);
    }
}
