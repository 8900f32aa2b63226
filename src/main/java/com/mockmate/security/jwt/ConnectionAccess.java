package com.mockmate.security.jwt;

import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.service.AccountStanding;
import java.time.Instant;

/**
 * An access token accepted for a connection that outlives the request (a WebSocket): who, until when the token is
 * valid, and the account as it stood at admission, against which {@link ConnectionWatch} measures later changes.
 */
public record ConnectionAccess(AuthenticatedUser user, Instant expiresAt, AccountStanding standing) {}
