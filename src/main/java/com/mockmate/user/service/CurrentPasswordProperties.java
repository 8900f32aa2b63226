package com.mockmate.user.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Wrong current passwords allowed per account and window when changing email or password: a stolen access token must
 * not become a way to guess the password behind it.
 */
@ConfigurationProperties("mockmate.current-password")
public record CurrentPasswordProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration window) {

    public CurrentPasswordProperties {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "mockmate.current-password needs max-failures of at least 1 and a positive window");
        }
    }
}
