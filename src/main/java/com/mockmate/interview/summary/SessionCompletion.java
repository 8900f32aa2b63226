package com.mockmate.interview.summary;

import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.SessionCompleted;
import com.mockmate.interview.domain.TurnScore;
import com.mockmate.interview.domain.TurnScoreRepository;
import com.mockmate.interview.domain.WrittenSummary;
import com.mockmate.interview.domain.WrittenSummaryRepository;
import java.time.Clock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Closes a session with its total and summary, and announces it. A test interview's summary is then written again in
 * the background, by the model when one is configured ({@code SessionSummaryJob}); the row that tracks it is created
 * here, so the results page can say "being written" from the first moment. A practice retry gets none: it is one
 * question whose own evaluation already lists its strengths and improvements, and what it teaches is the comparison
 * with the earlier attempt, so a model call per retry would cost a request to repeat the turn's own feedback.
 */
@Component
public class SessionCompletion {

    private final InterviewTurnRepository turns;
    private final TurnScoreRepository scores;
    private final WrittenSummaryRepository writtenSummaries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionCompletion(
            InterviewTurnRepository turns,
            TurnScoreRepository scores,
            WrittenSummaryRepository writtenSummaries,
            ApplicationEventPublisher events,
            Clock clock) {
        this.turns = turns;
        this.scores = scores;
        this.writtenSummaries = writtenSummaries;
        this.events = events;
        this.clock = clock;
    }

    /** Runs inside the caller's transaction, which also carries {@link SessionCompleted} to its listeners. */
    public void complete(InterviewSession session) {
        var all = turns.findBySessionIdOrderByPositionAsc(session.getId());
        var scoreMap = scores
                .findByTurnIdIn(all.stream().map(InterviewTurn::getId).toList())
                .stream()
                .collect(Collectors.toMap(TurnScore::getTurnId, Function.identity()));
        var summary = SessionSummarizer.summarize(session.getQuestions(), all, scoreMap, session.isPractice());
        var now = clock.instant();
        session.complete(summary.total(), summary.content(), now);
        if (!session.isPractice()) {
            writtenSummaries.save(new WrittenSummary(session.getId(), now));
        }
        events.publishEvent(new SessionCompleted(
                session.getId(),
                session.getUserId(),
                session.getAssessmentId(),
                summary.total(),
                now,
                session.isPractice()));
    }
}
