package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.SessionSummaryWritten;
import com.mockmate.interview.domain.SummaryContent;
import com.mockmate.interview.domain.WrittenSummary;
import com.mockmate.interview.domain.WrittenSummaryRepository;
import com.mockmate.interview.summary.OfflineSessionSummary;
import com.mockmate.interview.summary.SummaryFacts;
import com.mockmate.llm.summary.SummaryOutcome;
import com.mockmate.llm.summary.SummaryWriter;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a completed interview's summary, the work of {@code SessionSummaryJob}: with a model configured, the model
 * writes it from the evaluations; without one, or with nothing evaluated to write about, the offline summary. When the
 * model gives up after its repairs and retries, the offline summary stands in, marked FAILED with the reason. No
 * transaction is held while the model is asked. Idempotent: a summary no longer being written is left as it is.
 */
@Service
public class SessionSummaryWriting {

    private final InterviewSessionRepository sessions;
    private final WrittenSummaryRepository summaries;
    private final SummaryFactsLoader facts;
    private final SummaryWriter writer;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionSummaryWriting(
            InterviewSessionRepository sessions,
            WrittenSummaryRepository summaries,
            SummaryFactsLoader facts,
            SummaryWriter writer,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.summaries = summaries;
        this.facts = facts;
        this.writer = writer;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    public void write(UUID sessionId) {
        var loaded = stillWriting(sessionId);
        if (loaded == null) {
            return;
        }
        var offline = OfflineSessionSummary.write(loaded);
        if (writer.model().offline() || loaded.answers().isEmpty()) {
            finish(loaded, summary -> summary.ready(offline, OfflineSessionSummary.AUTHOR, 0, clock.instant()));
            return;
        }
        var author = new WrittenSummary.Author(
                writer.model().provider(), writer.model().model(), SummaryWriter.PROMPT_VERSION);
        switch (writer.write(SummaryDocuments.of(loaded), sessionId)) {
            case SummaryOutcome.Written(var reply, var calls) -> {
                SummaryContent content = SummaryDocuments.content(reply);
                finish(loaded, summary -> summary.ready(content, author, calls, clock.instant()));
            }
            case SummaryOutcome.Failed(var reason, var calls) ->
                finish(
                        loaded,
                        summary -> summary.failed(
                                offline,
                                OfflineSessionSummary.AUTHOR,
                                author.provider() + " " + author.model() + ": " + reason,
                                calls,
                                clock.instant()));
        }
    }

    /**
     * Ends a summary whose job never finished (its instance died, or every retry failed) with the offline summary,
     * marked FAILED with {@code reason}, so that no screen waits for it forever. Nothing happens to one that is done.
     */
    public void writeOffline(UUID sessionId, String reason) {
        var loaded = stillWriting(sessionId);
        if (loaded == null) {
            return;
        }
        var offline = OfflineSessionSummary.write(loaded);
        finish(loaded, summary -> summary.failed(offline, OfflineSessionSummary.AUTHOR, reason, 0, clock.instant()));
    }

    /** What the summary is written from, or null once it is no longer being written. */
    private @Nullable SummaryFacts stillWriting(UUID sessionId) {
        return tx.execute(status -> summaries
                .findById(sessionId)
                .filter(WrittenSummary::isWriting)
                .flatMap(summary -> sessions.findById(sessionId))
                .map(facts::load)
                .orElse(null));
    }

    /** Stores the outcome unless another run got there first, and tells the session's screens. */
    private void finish(SummaryFacts loaded, Consumer<WrittenSummary> outcome) {
        tx.executeWithoutResult(status -> summaries
                .findById(loaded.sessionId())
                .filter(WrittenSummary::isWriting)
                .ifPresent(summary -> {
                    outcome.accept(summary);
                    events.publishEvent(
                            new SessionSummaryWritten(loaded.sessionId(), loaded.userId(), summary.getStatus()));
                }));
    }
}
