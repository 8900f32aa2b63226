package com.mockmate.security.jwt;

import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Issues and verifies the short-lived HS256 access tokens of the REST API. */
@Service
public class JwtService {

    private static final Logger log = LoggerFactory.getLogger(JwtService.class);
    static final String ALGORITHM = "HS256";
    static final String ROLE_CLAIM = "role";
    static final String USERNAME_CLAIM = "preferred_username";
    private static final int MIN_SECRET_BYTES = 32;

    private final JwtProperties properties;
    private final SecretKey key;
    private final Clock clock;
    /**
     * Built once: it is immutable and thread-safe, and building one per request cost more than verifying the token
     * (each build makes a JSON deserializer of its own, whose caches then start cold).
     */
    private final JwtParser parser;

    JwtService(JwtProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.key = signingKey(properties.secret());
        this.parser = Jwts.parser()
                .verifyWith(key)
                .requireIssuer(properties.issuer())
                .requireAudience(properties.audience())
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    public AccessToken issue(AuthenticatedUser user) {
        var now = clock.instant();
        var expiresAt = now.plus(properties.accessTokenTtl());
        var token = Jwts.builder()
                .id(UUID.randomUUID().toString())
                .subject(user.id().toString())
                .issuer(properties.issuer())
                .audience()
                .add(properties.audience())
                .and()
                .claim(ROLE_CLAIM, user.role().name())
                .claim(USERNAME_CLAIM, user.username())
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
        return new AccessToken(token, expiresAt, properties.accessTokenTtl().toSeconds());
    }

    /** Verifies signature, algorithm, issuer, audience and expiry; anything else is an {@link InvalidAccessTokenException}. */
    public AuthenticatedUser verify(String token) {
        return verifyToken(token).user();
    }

    /** As {@link #verify}, and when the token runs out, for connections that outlive the request. */
    public VerifiedToken verifyToken(String token) {
        try {
            var jws = parser.parseSignedClaims(token);
            if (!ALGORITHM.equals(jws.getHeader().getAlgorithm())) {
                throw new InvalidAccessTokenException("Unsupported token algorithm.");
            }
            return new VerifiedToken(
                    toUser(jws.getPayload()), jws.getPayload().getExpiration().toInstant());
        } catch (InvalidAccessTokenException e) {
            throw e;
        } catch (ExpiredJwtException e) {
            throw new InvalidAccessTokenException("The access token has expired.");
        } catch (JwtException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidAccessTokenException("The access token is invalid.");
        }
    }

    public record VerifiedToken(AuthenticatedUser user, Instant expiresAt) {}

    private static AuthenticatedUser toUser(Claims claims) {
        var role = Role.valueOf(claims.get(ROLE_CLAIM, String.class));
        return new AuthenticatedUser(
                UUID.fromString(claims.getSubject()), claims.get(USERNAME_CLAIM, String.class), role);
    }

    private static SecretKey signingKey(String secret) {
        if (secret == null || secret.isBlank()) {
            log.warn("MOCKMATE_JWT_SECRET is not set: using a random signing key. Access tokens will not survive a"
                    + " restart and will not be accepted by other instances.");
            var random = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            return Keys.hmacShaKeyFor(random);
        }
        var bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("MOCKMATE_JWT_SECRET must be at least 32 bytes long.");
        }
        return Keys.hmacShaKeyFor(bytes);
    }
}
