package com.mockmate.user.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.user.domain.Role;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator on first start. An existing account is left alone, so changing the variable later does
 * not reset anybody's password.
 */
@Component
@Order(10)
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AdminProperties properties;
    private final RegistrationService registrations;
    private final PasswordPolicy passwordPolicy;
    private final Validator validator;

    AdminAccountInitializer(
            AdminProperties properties,
            RegistrationService registrations,
            PasswordPolicy passwordPolicy,
            Validator validator) {
        this.properties = properties;
        this.registrations = registrations;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (registrations.usernameTaken(properties.username())) {
            return;
        }
        boolean generated = properties.password().isBlank();
        var password = generated ? randomPassword() : properties.password();
        passwordPolicy.problemWith(password, properties.username()).ifPresent(problem -> {
            throw new IllegalStateException("MOCKMATE_ADMIN_PASSWORD is not acceptable: " + problem);
        });
        var registration = new Registration(properties.username(), password, properties.email(), "Administrator");
        var violations = validator.validate(registration);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("The administrator settings are not acceptable: "
                    + violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .sorted()
                            .toList());
        }
        var admin = registrations.createAccount(registration, Role.ADMIN, AuditAction.ADMIN_CREATED);
        if (generated) {
            log.warn("""

                    ================================================================
                      MockMate created the administrator account '{}'.
                      Generated password (shown only this once): {}
                      Set MOCKMATE_ADMIN_PASSWORD to choose it yourself next time.
                    ================================================================""", admin.username(), password);
        } else {
            log.info(
                    "Created administrator account '{}' with the password from MOCKMATE_ADMIN_PASSWORD",
                    admin.username());
        }
    }

    static String randomPassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
