package com.mockmate.user.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.TooManyRequestsException;
import com.mockmate.base.ratelimit.WindowCounter;
import com.mockmate.user.domain.User;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Asks for the current password before an email or password change, so that a stolen access token does not take the
 * account over. Attempts are counted per user before bcrypt runs (like the login throttle), so concurrent guesses cannot
 * slip past the limit; the right password closes the window.
 */
@Component
class CurrentPasswordCheck {

    private static final String PREFIX = "mockmate:current-password-failures:";

    private final PasswordEncoder passwordEncoder;
    private final WindowCounter counter;
    private final CurrentPasswordProperties properties;
    private final AuditTrail audit;

    CurrentPasswordCheck(
            PasswordEncoder passwordEncoder,
            WindowCounter counter,
            CurrentPasswordProperties properties,
            AuditTrail audit) {
        this.passwordEncoder = passwordEncoder;
        this.counter = counter;
        this.properties = properties;
        this.audit = audit;
    }

    void verify(User user, @Nullable String currentPassword) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new BadRequestException("Enter your current password to change your email address or password.");
        }
        var key = PREFIX + user.getId();
        var attempt = counter.increment(key, properties.window());
        if (attempt.exceeds(properties.maxFailures())) {
            record(user, AuditAction.CURRENT_PASSWORD_THROTTLED, "window full");
            var minutes = Math.max(1, (attempt.retryAfter().toSeconds() + 59) / 60);
            throw new TooManyRequestsException(
                    "Too many wrong current passwords. Try again in " + minutes + " minute(s).", attempt.retryAfter());
        }
        if (!PasswordPolicy.fitsBcrypt(currentPassword)
                || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            record(user, AuditAction.CURRENT_PASSWORD_REJECTED, "wrong current password");
            if (attempt.value() == properties.maxFailures()) {
                record(user, AuditAction.CURRENT_PASSWORD_THROTTLED, "limit reached");
            }
            throw new BadRequestException("The current password is not correct.");
        }
        counter.reset(key);
    }

    private void record(User user, AuditAction action, String reason) {
        audit.record(user.getId(), action, "USER", user.getId(), Map.of("reason", reason));
    }
}
