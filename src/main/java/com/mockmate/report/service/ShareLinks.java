package com.mockmate.report.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.GoneException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.report.domain.ShareLink;
import com.mockmate.report.domain.ShareLinkRepository;
import com.mockmate.user.domain.AuthenticatedUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only links to a completed interview's report, for a mentor without an account. A token carries 256 random
 * bits; only its SHA-256 is stored. Creating, opening and revoking a link are audited.
 */
@Service
public class ShareLinks {

    /** Where a link's public page lives; the token follows. */
    public static final String SHARED_PATH = "/shared/";

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ShareLinkRepository links;
    private final SessionReports reports;
    private final ReportPdfs pdfs;
    private final AuditTrail audit;
    private final Clock clock;

    ShareLinks(ShareLinkRepository links, SessionReports reports, ReportPdfs pdfs, AuditTrail audit, Clock clock) {
        this.links = links;
        this.reports = reports;
        this.pdfs = pdfs;
        this.audit = audit;
        this.clock = clock;
    }

    /** A link as its owner sees it; {@code token} is given once, when the link is made. */
    public record SharedLink(
            UUID id,
            UUID sessionId,
            @Nullable String token,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant revokedAt,
            int openCount) {

        /** The public page's path, e.g. {@code /shared/q3Zk...}; only while the token is known. */
        public String path() {
            if (token == null) {
                throw new IllegalStateException("A link's token is known only when it is made");
            }
            return SHARED_PATH + token;
        }

        static SharedLink of(ShareLink link, @Nullable String token) {
            return new SharedLink(
                    link.getId(),
                    link.getSessionId(),
                    token,
                    link.getCreatedAt(),
                    link.getExpiresAt(),
                    link.getRevokedAt(),
                    link.getOpenCount());
        }
    }

    /** What a link opens: the report and, once rendered, its PDF. */
    public record SharedReport(SessionReport report, boolean pdfReady, Instant expiresAt) {}

    /** Makes a link to the actor's completed interview; the PDF is rendered along with it, for the mentor. */
    @Transactional
    public SharedLink create(AuthenticatedUser actor, UUID sessionId, int expiresInDays) {
        if (expiresInDays < ShareLink.MIN_DAYS || expiresInDays > ShareLink.MAX_DAYS) {
            throw new BadRequestException(
                    "expiresInDays must be between " + ShareLink.MIN_DAYS + " and " + ShareLink.MAX_DAYS + ".");
        }
        reports.requireAvailable(actor, sessionId);
        var token = newToken();
        var now = clock.instant();
        var link = links.save(
                new ShareLink(sessionId, actor.id(), hash(token), now, now.plus(Duration.ofDays(expiresInDays))));
        if (!pdfs.isReady(actor.id(), sessionId)) {
            pdfs.request(actor, sessionId);
        }
        audit.record(
                actor.id(),
                AuditAction.SHARE_LINK_CREATED,
                "share_link",
                link.getId(),
                Map.of("sessionId", sessionId, "expiresAt", link.getExpiresAt().toString()));
        return SharedLink.of(link, token);
    }

    @Transactional(readOnly = true)
    public List<SharedLink> mine(AuthenticatedUser actor) {
        return links.findByUserIdOrderByCreatedAtDesc(actor.id()).stream()
                .map(link -> SharedLink.of(link, null))
                .toList();
    }

    @Transactional
    public void revoke(AuthenticatedUser actor, UUID linkId) {
        var link = links.findByIdAndUserId(linkId, actor.id())
                .orElseThrow(() -> new NotFoundException("No share link of yours with id " + linkId + "."));
        link.revoke(clock.instant());
        audit.record(actor.id(), AuditAction.SHARE_LINK_REVOKED, "share_link", linkId, Map.of());
    }

    /**
     * Opens a link for anyone holding its token.
     *
     * @throws NotFoundException for a token that never existed
     * @throws GoneException for a link that expired or was revoked
     */
    @Transactional
    public SharedReport open(String token) {
        var link = usable(token);
        link.opened(clock.instant());
        audit.record(null, AuditAction.SHARE_LINK_OPENED, "share_link", link.getId(), Map.of());
        var report = reports.ofOwner(link.getUserId(), link.getSessionId());
        return new SharedReport(report, pdfs.isReady(link.getUserId(), link.getSessionId()), link.getExpiresAt());
    }

    /**
     * Checks a link without opening it (no audit row, no count), for the page in front of the shared report.
     *
     * @throws NotFoundException for a token that never existed
     * @throws GoneException for a link that expired or was revoked
     */
    @Transactional(readOnly = true)
    public void requireUsable(String token) {
        usable(token);
    }

    /** The PDF behind a link; the caller closes it. */
    @Transactional(readOnly = true)
    public com.mockmate.storage.BlobContent pdf(String token) {
        var link = usable(token);
        return pdfs.downloadFor(link.getUserId(), link.getSessionId());
    }

    private ShareLink usable(String token) {
        var link = links.findByTokenHash(hash(token))
                .orElseThrow(() -> new NotFoundException("This link does not exist."));
        if (!link.isUsableAt(clock.instant())) {
            throw new GoneException(
                    link.getRevokedAt() != null
                            ? "This link was withdrawn by the person who shared it."
                            : "This link has expired. Ask the person who shared it for a new one.");
        }
        return link;
    }

    private static String newToken() {
        var bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
