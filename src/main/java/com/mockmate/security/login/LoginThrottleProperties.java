package com.mockmate.security.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Failed-login windows, kept in Redis so that every instance counts the same attempts. */
@ConfigurationProperties("mockmate.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("5") int maxFailuresPerUsername,
        @DefaultValue("20") int maxFailuresPerIp,
        @DefaultValue("15m") Duration window) {}
