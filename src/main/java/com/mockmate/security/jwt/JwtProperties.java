package com.mockmate.security.jwt;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token settings. An empty secret means a random key per start: tokens then die with the process, which is fine for a
 * single developer instance and wrong for anything else, so the app warns. Connections that outlive a request (the
 * WebSocket) are re-checked against their account every {@code connectionRecheckInterval}.
 */
@ConfigurationProperties("mockmate.jwt")
public record JwtProperties(
        @DefaultValue("") String secret,
        @DefaultValue("mockmate") String issuer,
        @DefaultValue("mockmate-api") String audience,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("14d") Duration refreshTokenTtl,
        @DefaultValue("5s") Duration connectionRecheckInterval) {}
