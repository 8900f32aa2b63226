package com.mockmate.security.token;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.security.jwt.JwtProperties;
import com.mockmate.security.jwt.JwtService;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.UserLocked;
import com.mockmate.user.domain.UserPasswordChanged;
import com.mockmate.user.service.AccountService;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues token pairs and rotates refresh tokens. A refresh token works once: presenting it again means it leaked,
 * so the whole family it belongs to is revoked and the owner has to log in again.
 */
@Service
public class RefreshTokenService {

    private final RefreshTokenRepository tokens;
    private final JwtService jwtService;
    private final JwtProperties properties;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;

    RefreshTokenService(
            RefreshTokenRepository tokens,
            JwtService jwtService,
            JwtProperties properties,
            AccountService accounts,
            AuditTrail audit,
            Clock clock) {
        this.tokens = tokens;
        this.jwtService = jwtService;
        this.properties = properties;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public TokenPair issue(AuthenticatedUser user, @Nullable String userAgent, @Nullable String ip) {
        var refresh = newRefreshToken(user.id(), UUID.randomUUID(), userAgent, ip);
        return new TokenPair(jwtService.issue(user), refresh.token());
    }

    /**
     * Rotation runs in a transaction that is never rolled back by our own rejections, so that revoking a family on reuse
     * sticks even though the caller gets a 401.
     */
    @Transactional(noRollbackFor = InvalidRefreshTokenException.class)
    public TokenPair rotate(String presentedToken, @Nullable String userAgent, @Nullable String ip) {
        var now = clock.instant();
        var current = tokens.findByTokenHash(TokenHashing.sha256(presentedToken))
                .orElseThrow(() -> new InvalidRefreshTokenException("The refresh token is invalid."));
        if (current.getReplacedBy() != null) {
            int revoked = tokens.revokeFamily(current.getFamilyId(), now);
            audit.record(
                    current.getUserId(),
                    AuditAction.REFRESH_TOKEN_REUSED,
                    "REFRESH_TOKEN_FAMILY",
                    current.getFamilyId(),
                    Map.of("revokedTokens", revoked));
            throw new InvalidRefreshTokenException(
                    "The refresh token was already used. All sessions from that login were ended; please log in again.");
        }
        if (current.isRevoked()) {
            // Ended by logout, a lock, a password change or an earlier reuse: not evidence of theft.
            throw new InvalidRefreshTokenException("The refresh token has been revoked. Please log in again.");
        }
        if (current.isExpiredAt(now)) {
            throw new InvalidRefreshTokenException("The refresh token has expired. Please log in again.");
        }
        var account = accounts.get(current.getUserId());
        if (!account.enabled() || account.lockedAt(now)) {
            current.revoke(now);
            throw new InvalidRefreshTokenException("This account is locked or disabled.");
        }
        var successor = newRefreshToken(current.getUserId(), current.getFamilyId(), userAgent, ip);
        current.replaceWith(successor.id(), now);
        var user = new AuthenticatedUser(account.id(), account.username(), account.role());
        audit.record(user.id(), AuditAction.TOKEN_REFRESHED, "REFRESH_TOKEN_FAMILY", current.getFamilyId(), Map.of());
        return new TokenPair(jwtService.issue(user), successor.token());
    }

    /** Revokes the presented token; unknown or already revoked tokens are accepted silently (logout is idempotent). */
    @Transactional
    public void revoke(String presentedToken) {
        tokens.findByTokenHash(TokenHashing.sha256(presentedToken)).ifPresent(token -> {
            token.revoke(clock.instant());
            audit.record(
                    token.getUserId(), AuditAction.LOGGED_OUT, "REFRESH_TOKEN_FAMILY", token.getFamilyId(), Map.of());
        });
    }

    @EventListener
    @Transactional
    public void on(UserLocked event) {
        tokens.revokeAllOfUser(event.userId(), clock.instant());
    }

    @EventListener
    @Transactional
    public void on(UserPasswordChanged event) {
        tokens.revokeAllOfUser(event.userId(), clock.instant());
    }

    private IssuedRefreshToken newRefreshToken(
            UUID userId, UUID familyId, @Nullable String userAgent, @Nullable String ip) {
        var now = clock.instant();
        var token = TokenHashing.newToken();
        var entity = new RefreshToken(
                userId,
                familyId,
                TokenHashing.sha256(token),
                now.plus(properties.refreshTokenTtl()),
                now,
                userAgent,
                ip);
        tokens.save(entity);
        return new IssuedRefreshToken(entity.getId(), token);
    }

    private record IssuedRefreshToken(UUID id, String token) {}
}
