package com.mockmate.user.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.user.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo profile's instructor and candidate, with the passwords documented in the README. Never in production. */
@Component
@Profile("demo")
@Order(11)
class DemoAccountsInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsInitializer.class);

    static final Registration INSTRUCTOR =
            new Registration("instructor", "demo-Instructor-2026", "instructor@mockmate.local", "Ines Instructor");
    static final Registration CANDIDATE =
            new Registration("candidate", "demo-Candidate-2026", "candidate@mockmate.local", "Cara Candidate");

    private final RegistrationService registrations;

    DemoAccountsInitializer(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void run(ApplicationArguments args) {
        create(INSTRUCTOR, Role.INSTRUCTOR);
        create(CANDIDATE, Role.USER);
    }

    private void create(Registration account, Role role) {
        if (!registrations.usernameTaken(account.username())) {
            registrations.createAccount(account, role, AuditAction.USER_REGISTERED);
            log.info("Demo profile: created {} account '{}'", role, account.username());
        }
    }
}
