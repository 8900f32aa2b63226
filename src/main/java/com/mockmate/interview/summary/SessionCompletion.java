package com.mockmate.interview.summary;

import com.mockmate.assessment.service.InterviewPlan;
import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewSessionRepository;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.domain.TurnScore;
import com.mockmate.interview.domain.TurnScoreRepository;
import com.mockmate.interview.live.LiveSessionStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Closes a session with its total and summary, and describes a candidate to the evaluator. */
@Component
public class SessionCompletion {

    private final InterviewSessionRepository sessions;
    private final InterviewTurnRepository turns;
    private final TurnScoreRepository scores;
    private final LiveSessionStore liveState;
    private final Clock clock;

    SessionCompletion(
            InterviewSessionRepository sessions,
            InterviewTurnRepository turns,
            TurnScoreRepository scores,
            LiveSessionStore liveState,
            Clock clock) {
        this.sessions = sessions;
        this.turns = turns;
        this.scores = scores;
        this.liveState = liveState;
        this.clock = clock;
    }

    /** Runs inside the caller's transaction. */
    public void complete(InterviewSession session, InterviewPlan plan) {
        var all = turns.findBySessionIdOrderByPositionAsc(session.getId());
        var scoreMap = scores
                .findByTurnIdIn(all.stream().map(InterviewTurn::getId).toList())
                .stream()
                .collect(Collectors.toMap(TurnScore::getTurnId, Function.identity()));
        var summary = SessionSummarizer.summarize(plan, all, scoreMap);
        session.complete(summary.total(), summary.content(), clock.instant());
        liveState.evict(session.getId());
    }

    /**
     * A short, non-identifying description of the candidate for the evaluator's calibration. Profiles arrive with a
     * later feature; until then it is the interview history.
     */
    public String profileSummary(UUID userId) {
        var history = sessions.findByUserIdOrderByStartedAtDesc(userId, PageRequest.of(0, 20)).stream()
                .filter(s -> s.getStatus() == SessionStatus.COMPLETED && s.getTotalScore() != null)
                .map(InterviewSession::getTotalScore)
                .toList();
        if (history.isEmpty()) {
            return "A candidate practising for software engineering interviews; no completed interviews yet.";
        }
        var mean = history.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(history.size()), 1, RoundingMode.HALF_UP);
        return "A candidate practising for software engineering interviews; " + history.size()
                + " recent completed interviews with a mean score of " + mean + ".";
    }
}
