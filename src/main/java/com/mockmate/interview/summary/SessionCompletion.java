package com.mockmate.interview.summary;

import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.SessionCompleted;
import com.mockmate.interview.domain.TurnScore;
import com.mockmate.interview.domain.TurnScoreRepository;
import java.time.Clock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Closes a session with its total and summary, and announces it. */
@Component
public class SessionCompletion {

    private final InterviewTurnRepository turns;
    private final TurnScoreRepository scores;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionCompletion(
            InterviewTurnRepository turns, TurnScoreRepository scores, ApplicationEventPublisher events, Clock clock) {
        this.turns = turns;
        this.scores = scores;
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
        events.publishEvent(new SessionCompleted(
                session.getId(), session.getUserId(), session.getAssessmentId(), summary.total(), now));
    }
}
