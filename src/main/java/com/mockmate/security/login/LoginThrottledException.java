package com.mockmate.security.login;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this username or address; carries how long to wait. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed login attempts. Try again in " + Math.max(1, retryAfter.toMinutes()) + " minute(s).");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
