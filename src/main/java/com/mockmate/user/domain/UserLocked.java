package com.mockmate.user.domain;

import java.util.UUID;

/** Published when an administrator locks an account, so that its open sessions and tokens can be ended. */
public record UserLocked(UUID userId) {}
