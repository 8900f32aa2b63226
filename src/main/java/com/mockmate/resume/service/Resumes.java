package com.mockmate.resume.service;

import com.mockmate.audit.AuditAction;
import com.mockmate.audit.AuditTrail;
import com.mockmate.base.error.ConflictException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.base.error.TooManyRequestsException;
import com.mockmate.resume.domain.Resume;
import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeRepository;
import com.mockmate.resume.domain.ResumeStatus;
import com.mockmate.resume.generation.ResumeContentCheck;
import com.mockmate.resume.match.KeywordMatcher;
import com.mockmate.resume.pdf.PdfPreview;
import com.mockmate.storage.BlobContent;
import com.mockmate.user.domain.AuthenticatedUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A candidate's résumés: asked for, listed, read, edited, downloaded and deleted, each only by its owner (anyone
 * else gets the same 404 as for an id that does not exist). Writing one is {@link ResumeWriting}'s, in a job.
 */
@Service
public class Resumes {

    /** Résumés being written at once per candidate: each costs a model call, and one at a time is what a person needs. */
    static final int MAX_IN_PROGRESS = 2;

    private final ResumeRepository resumes;
    private final ResumeQueue queue;
    private final ResumeFiles files;
    private final ResumeContentCheck check;
    private final KeywordMatcher matcher;
    private final PdfPreview preview;
    private final AuditTrail audit;
    private final JsonMapper mapper;
    private final Clock clock;

    Resumes(
            ResumeRepository resumes,
            ResumeQueue queue,
            ResumeFiles files,
            ResumeContentCheck check,
            KeywordMatcher matcher,
            PdfPreview preview,
            AuditTrail audit,
            JsonMapper mapper,
            Clock clock) {
        this.resumes = resumes;
        this.queue = queue;
        this.files = files;
        this.check = check;
        this.matcher = matcher;
        this.preview = preview;
        this.audit = audit;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Queues a new résumé (QUEUED); a background job writes, checks and renders it. */
    @Transactional
    public ResumeSummary request(AuthenticatedUser actor, ResumeRequest request) {
        var checked = request.checked();
        var targetRole = checked.targetRole();
        var jobDescription = checked.jobDescription();
        if (resumes.countByUserIdAndStatusIn(actor.id(), List.of(ResumeStatus.QUEUED, ResumeStatus.GENERATING))
                >= MAX_IN_PROGRESS) {
            throw new TooManyRequestsException(
                    "Your earlier résumés are still being written; ask again once they are ready.",
                    Duration.ofSeconds(30));
        }
        var resume = resumes.save(new Resume(actor.id(), targetRole, jobDescription, clock.instant()));
        var details = new LinkedHashMap<String, Object>();
        details.put("targetRole", targetRole);
        details.put("jobDescriptionChars", jobDescription == null ? 0 : jobDescription.length());
        audit.record(actor.id(), AuditAction.RESUME_REQUESTED, "RESUME", resume.getId(), details);
        queue.enqueueAfterCommit(resume.getId());
        return ResumeSummary.of(resume);
    }

    /** The candidate's résumés, newest first. */
    @Transactional(readOnly = true)
    public List<ResumeSummary> list(AuthenticatedUser actor) {
        return resumes.findByUserIdOrderByCreatedAtDesc(actor.id()).stream()
                .map(ResumeSummary::of)
                .toList();
    }

    /** @throws NotFoundException for an unknown id or someone else's résumé */
    @Transactional(readOnly = true)
    public ResumeDetails get(AuthenticatedUser actor, UUID id) {
        return ResumeDetails.of(own(actor, id));
    }

    /**
     * Saves the candidate's edit and renders the PDF again (at once: it takes milliseconds).
     *
     * @throws InvalidResumeException with field errors when the content breaks the schema or invents facts
     * @throws ConflictException unless the résumé is READY
     */
    @Transactional
    public ResumeDetails update(AuthenticatedUser actor, UUID id, ResumeContent content) {
        var resume = own(actor, id);
        if (resume.getStatus() != ResumeStatus.READY) {
            throw new ConflictException(
                    resume.getStatus().inProgress()
                            ? "The résumé is still being written; edit it once it is ready."
                            : "This résumé could not be written, so there is nothing to edit; ask for a new one.");
        }
        var problems = check.problems(actor.id(), content);
        if (!problems.isEmpty()) {
            throw new InvalidResumeException(problems);
        }
        var match = resume.getJobDescription() == null ? null : matcher.match(resume.getJobDescription(), content);
        long pdfBytes = files.store(resume, content);
        resume.edit(content, match, pdfBytes, clock.instant());
        resumes.saveAndFlush(resume);
        audit.record(actor.id(), AuditAction.RESUME_EDITED, "RESUME", id, java.util.Map.of());
        return ResumeDetails.of(resume);
    }

    /**
     * A client's edit as JSON: checked against the schema as sent (so that an unknown property is an error, not
     * dropped), then saved like {@link #update(AuthenticatedUser, UUID, ResumeContent)}.
     */
    @Transactional
    public ResumeDetails update(AuthenticatedUser actor, UUID id, JsonNode sent) {
        own(actor, id);
        var problems = check.schemaProblems(sent);
        if (!problems.isEmpty()) {
            throw new InvalidResumeException(problems);
        }
        return update(actor, id, mapper.treeToValue(sent, ResumeContent.class));
    }

    /** Removes the résumé and its files; a résumé still being written is dropped when its job ends. */
    @Transactional
    public void delete(AuthenticatedUser actor, UUID id) {
        var resume = own(actor, id);
        resumes.delete(resume);
        files.delete(resume);
        audit.record(
                actor.id(),
                AuditAction.RESUME_DELETED,
                "RESUME",
                id,
                java.util.Map.of("status", resume.getStatus().name()));
    }

    /**
     * The PDF's bytes; the caller closes it.
     *
     * @throws ConflictException unless READY
     */
    @Transactional(readOnly = true)
    public BlobContent pdf(AuthenticatedUser actor, UUID id) {
        return stored(ready(actor, id));
    }

    /** How a client gets the PDF: from the store itself, or streamed by the application. */
    public sealed interface PdfDownload {

        /** A presigned URL of the store (S3), valid for 15 minutes. */
        record Redirect(URI url) implements PdfDownload {}

        /** The PDF's bytes, to stream under {@code fileName}; the caller closes the content. */
        record Stream(BlobContent content, String fileName) implements PdfDownload {}
    }

    /**
     * The PDF for an API client: a short-lived URL when the store can sign one, otherwise its bytes.
     *
     * @throws ConflictException unless READY
     */
    @Transactional(readOnly = true)
    public PdfDownload download(AuthenticatedUser actor, UUID id) {
        var resume = ready(actor, id);
        var name = fileName(resume.getTargetRole());
        return files.pdfUrl(resume, name)
                .<PdfDownload>map(PdfDownload.Redirect::new)
                .orElseGet(() -> new PdfDownload.Stream(stored(resume), name));
    }

    /** The name a downloaded PDF is saved under, e.g. {@code resume-backend-engineer.pdf}. */
    public static String fileName(String targetRole) {
        var slug = targetRole
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "resume" + (slug.isEmpty() ? "" : "-" + (slug.length() > 60 ? slug.substring(0, 60) : slug)) + ".pdf";
    }

    /** Each page of the PDF as a PNG image, for the preview. */
    @Transactional(readOnly = true)
    public List<byte[]> previewPages(AuthenticatedUser actor, UUID id) {
        try (var pdf = pdf(actor, id)) {
            return preview.pages(pdf.stream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The résumé's PDF could not be read", e);
        }
    }

    private Resume own(AuthenticatedUser actor, UUID id) {
        return resumes.findByIdAndUserId(id, actor.id())
                .orElseThrow(() -> new NotFoundException("You have no résumé with this id."));
    }

    private Resume ready(AuthenticatedUser actor, UUID id) {
        var resume = own(actor, id);
        if (resume.getStatus() != ResumeStatus.READY) {
            throw new ConflictException(
                    switch (resume.getStatus()) {
                        case QUEUED, GENERATING -> "The résumé is still being written; try again in a few seconds.";
                        default -> "This résumé could not be written: " + resume.getFailureReason();
                    });
        }
        return resume;
    }

    private BlobContent stored(Resume resume) {
        return files.pdf(resume)
                .orElseThrow(() -> new ConflictException("The PDF is no longer stored; ask for a new résumé."));
    }
}
