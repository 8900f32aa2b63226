package com.mockmate.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** bcrypt work factor; 12 in production, tests may lower it (never below 10). */
@ConfigurationProperties("mockmate.passwords")
public record PasswordProperties(@DefaultValue("12") int bcryptStrength) {

    public PasswordProperties {
        if (bcryptStrength < 10 || bcryptStrength > 16) {
            throw new IllegalArgumentException("mockmate.passwords.bcrypt-strength must be between 10 and 16");
        }
    }
}
