package com.mockmate.resume.service;

import com.mockmate.resume.domain.Resume;
import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.domain.ResumeRepository;
import com.mockmate.resume.generation.GenerationOutcome;
import com.mockmate.resume.generation.ResumeGenerator;
import com.mockmate.resume.match.KeywordMatch;
import com.mockmate.resume.match.KeywordMatcher;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job's work on one résumé: write its content (model or offline builder), match it against the job description,
 * render and store the files, and mark it READY, or FAILED with a readable reason. No transaction is held while the
 * model writes. A retried job finds the résumé done and leaves it alone.
 */
@Service
public class ResumeWriting {

    private static final Logger log = LoggerFactory.getLogger(ResumeWriting.class);

    private final ResumeRepository resumes;
    private final ResumeGenerator generator;
    private final KeywordMatcher matcher;
    private final ResumeFiles files;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    ResumeWriting(
            ResumeRepository resumes,
            ResumeGenerator generator,
            KeywordMatcher matcher,
            ResumeFiles files,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            Clock clock) {
        this.resumes = resumes;
        this.generator = generator;
        this.matcher = matcher;
        this.files = files;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public void write(UUID resumeId) {
        var resume = tx.execute(status -> resumes.findById(resumeId)
                .filter(found -> found.startGenerating(clock.instant()))
                .orElse(null));
        if (resume == null) {
            return;
        }
        GenerationOutcome outcome;
        try {
            outcome = generator.generate(
                    resumeId, resume.getUserId(), resume.getTargetRole(), resume.getJobDescription());
        } catch (RuntimeException e) {
            log.warn("Writing résumé {} failed unexpectedly", resumeId, e);
            fail(resumeId, "The résumé could not be written (" + e.getClass().getSimpleName() + ").", null);
            return;
        }
        switch (outcome) {
            case GenerationOutcome.Generated generated -> finish(resume, generated);
            case GenerationOutcome.Failed failed -> fail(resumeId, failed.reason(), failed);
        }
    }

    private void finish(Resume resume, GenerationOutcome.Generated generated) {
        long pdfBytes;
        KeywordMatch match;
        try {
            match = matchOf(resume.getJobDescription(), generated.content());
            pdfBytes = files.store(resume, generated.content());
        } catch (RuntimeException e) {
            log.warn("Rendering résumé {} failed", resume.getId(), e);
            fail(resume.getId(), "The résumé was written but its PDF could not be made: " + e.getMessage(), generated);
            return;
        }
        var stillWanted = tx.execute(status -> resumes.findById(resume.getId())
                .map(row -> {
                    row.generated(
                            generated.content(),
                            match,
                            generated.provider(),
                            generated.model(),
                            generated.promptVersion(),
                            pdfBytes,
                            clock.instant());
                    events.publishEvent(new ResumeFinished(row.getId(), row.getUserId(), row.getStatus()));
                    return true;
                })
                .orElse(false));
        if (!Boolean.TRUE.equals(stillWanted)) {
            // Deleted while it was being written: its files must not outlive it.
            files.delete(resume);
        }
    }

    private @Nullable KeywordMatch matchOf(@Nullable String jobDescription, ResumeContent content) {
        return jobDescription == null || jobDescription.isBlank() ? null : matcher.match(jobDescription, content);
    }

    private void fail(UUID resumeId, String reason, @Nullable GenerationOutcome by) {
        tx.executeWithoutResult(status -> resumes.findById(resumeId).ifPresent(row -> {
            row.failed(
                    reason,
                    by == null ? null : by.provider(),
                    by == null ? null : by.model(),
                    by == null ? null : by.promptVersion(),
                    clock.instant());
            events.publishEvent(new ResumeFinished(row.getId(), row.getUserId(), row.getStatus()));
        }));
    }
}
