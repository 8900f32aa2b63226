package com.mockmate.report.service;

import com.mockmate.base.error.ConflictException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.report.domain.ReportPdf;
import com.mockmate.report.domain.ReportPdfRepository;
import com.mockmate.report.domain.ReportPdfStatus;
import com.mockmate.report.pdf.ReportPdfRenderer;
import com.mockmate.storage.BlobContent;
import com.mockmate.storage.BlobStore;
import com.mockmate.user.domain.AuthenticatedUser;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PDF of a report: asked for over the API or the results screen, rendered by {@link
 * com.mockmate.report.job.ReportPdfJob} in the background, then served from the blob store.
 */
@Service
public class ReportPdfs {

    private static final Logger log = LoggerFactory.getLogger(ReportPdfs.class);

    private final ReportPdfRepository pdfs;
    private final SessionReports reports;
    private final ReportPdfRenderer renderer;
    private final BlobStore blobs;
    private final ReportPdfQueue queue;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReportPdfs(
            ReportPdfRepository pdfs,
            SessionReports reports,
            ReportPdfRenderer renderer,
            BlobStore blobs,
            ReportPdfQueue queue,
            TransactionTemplate tx,
            Clock clock) {
        this.pdfs = pdfs;
        this.reports = reports;
        this.renderer = renderer;
        this.blobs = blobs;
        this.queue = queue;
        this.tx = tx;
        this.clock = clock;
    }

    /** The state of a session's PDF. */
    public record PdfState(UUID sessionId, ReportPdfStatus status, String message) {}

    /**
     * Queues a rendering unless one is under way; a finished or failed PDF is rendered anew, so that it shows the
     * report as it is now (e.g. once its summary is written).
     */
    @Transactional
    public PdfState request(AuthenticatedUser actor, UUID sessionId) {
        reports.requireAvailable(actor, sessionId);
        var pdf = pdfs.findById(sessionId).orElse(null);
        if (pdf == null) {
            pdf = pdfs.save(new ReportPdf(sessionId, actor.id(), clock.instant()));
        } else if (!pdf.getStatus().inProgress()) {
            pdf.requestAgain(clock.instant());
        } else {
            return state(pdf);
        }
        queue.enqueueAfterCommit(sessionId);
        return state(pdf);
    }

    @Transactional(readOnly = true)
    public PdfState state(AuthenticatedUser actor, UUID sessionId) {
        return state(own(actor, sessionId));
    }

    /**
     * The finished PDF; the caller closes it.
     *
     * @throws ConflictException while it is being rendered or when rendering failed
     */
    @Transactional(readOnly = true)
    public BlobContent download(AuthenticatedUser actor, UUID sessionId) {
        return downloadOf(own(actor, sessionId));
    }

    /** Whether a session's PDF is ready to download. */
    @Transactional(readOnly = true)
    public boolean isReady(UUID userId, UUID sessionId) {
        return pdfs.findByIdAndUserId(sessionId, userId)
                .map(pdf -> pdf.getStatus() == ReportPdfStatus.READY)
                .orElse(false);
    }

    /** The finished PDF of a user's session: for a share link its owner made, or a download on the owner's screen. */
    @Transactional(readOnly = true)
    public BlobContent downloadFor(UUID userId, UUID sessionId) {
        var pdf = pdfs.findByIdAndUserId(sessionId, userId)
                .orElseThrow(() -> new NotFoundException("No PDF of this report has been made yet."));
        return downloadOf(pdf);
    }

    /** The job's work: idempotent, so a retried job renders the same file again. */
    public void render(UUID sessionId) {
        var pdf = tx.execute(status -> pdfs.findById(sessionId)
                .map(found -> {
                    found.rendering();
                    return found;
                })
                .orElse(null));
        if (pdf == null) {
            return;
        }
        try {
            var bytes = renderer.render(reports.ofOwner(pdf.getUserId(), sessionId));
            blobs.put(pdf.blobKey(), new ByteArrayInputStream(bytes), bytes.length, "application/pdf");
            tx.executeWithoutResult(
                    status -> pdfs.findById(sessionId).ifPresent(p -> p.ready(bytes.length, clock.instant())));
        } catch (RuntimeException e) {
            log.warn("Rendering the PDF report of session {} failed", sessionId, e);
            tx.executeWithoutResult(status -> pdfs.findById(sessionId)
                    .ifPresent(p -> p.failed("The PDF could not be made: " + e.getMessage(), clock.instant())));
        }
    }

    private BlobContent downloadOf(ReportPdf pdf) {
        if (pdf.getStatus() != ReportPdfStatus.READY) {
            throw new ConflictException(state(pdf).message());
        }
        return blobs.get(pdf.blobKey())
                .orElseThrow(() -> new ConflictException("The PDF is no longer stored; ask for it again."));
    }

    private ReportPdf own(AuthenticatedUser actor, UUID sessionId) {
        return pdfs.findByIdAndUserId(sessionId, actor.id())
                .orElseThrow(() -> new NotFoundException("No PDF of this report has been asked for yet."));
    }

    private static PdfState state(ReportPdf pdf) {
        var message = switch (pdf.getStatus()) {
            case QUEUED, RENDERING ->
                "The PDF is being made (" + pdf.getStatus().name().toLowerCase(Locale.ROOT)
                        + "); try again in a few seconds.";
            case READY -> "The PDF is ready.";
            case FAILED -> pdf.getFailureReason() == null ? "The PDF could not be made." : pdf.getFailureReason();
        };
        return new PdfState(pdf.getId(), pdf.getStatus(), message);
    }
}
