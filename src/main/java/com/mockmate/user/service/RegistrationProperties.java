package com.mockmate.user.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-ups per client address and hour. Each costs a bcrypt hash and brings its own per-user quotas, so a script must
 * not be able to open accounts without end.
 */
@ConfigurationProperties("mockmate.registration")
public record RegistrationProperties(@DefaultValue("20") int maxPerHour) {

    public RegistrationProperties {
        if (maxPerHour < 1) {
            throw new IllegalArgumentException("mockmate.registration.max-per-hour must be at least 1");
        }
    }
}
