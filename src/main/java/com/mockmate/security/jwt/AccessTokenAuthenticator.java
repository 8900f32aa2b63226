package com.mockmate.security.jwt;

import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.service.AccountService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Turns an access token into the current account: the token must verify, and the account must still exist and be
 * neither locked nor disabled. The account is re-read every time, so a lock or a role change applies at once rather
 * than when the 15-minute token runs out. Used by the REST filter and the WebSocket.
 */
@Component
public class AccessTokenAuthenticator {

    private final JwtService jwtService;
    private final AccountService accounts;
    private final Clock clock;

    AccessTokenAuthenticator(JwtService jwtService, AccountService accounts, Clock clock) {
        this.jwtService = jwtService;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** @throws InvalidAccessTokenException when the token or the account does not qualify */
    public AuthenticatedUser authenticate(String token) {
        return admit(token).user();
    }

    /**
     * As {@link #authenticate}, for a connection that stays open: also when the token runs out and how the account
     * stood, so that {@link ConnectionWatch} can end the connection later.
     */
    public ConnectionAccess admit(String token) {
        var verified = jwtService.verifyToken(token);
        var standing = accounts.standing(verified.user().id())
                .orElseThrow(() -> new InvalidAccessTokenException("The account no longer exists."));
        if (!standing.enabled() || standing.lockedAt(clock.instant())) {
            throw new InvalidAccessTokenException("This account is locked or disabled.");
        }
        var user = new AuthenticatedUser(standing.id(), standing.username(), standing.role());
        return new ConnectionAccess(user, verified.expiresAt(), standing);
    }
}
