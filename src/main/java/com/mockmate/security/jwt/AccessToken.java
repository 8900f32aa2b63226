package com.mockmate.security.jwt;

import java.time.Instant;

public record AccessToken(String value, Instant expiresAt, long expiresInSeconds) {}
