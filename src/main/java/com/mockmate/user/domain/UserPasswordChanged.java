package com.mockmate.user.domain;

import java.util.UUID;

/** Published after a password change, so that refresh tokens issued under the old password stop working. */
public record UserPasswordChanged(UUID userId) {}
