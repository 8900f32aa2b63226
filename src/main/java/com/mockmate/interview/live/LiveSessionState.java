package com.mockmate.interview.live;

import com.mockmate.interview.domain.NextAction;
import com.mockmate.scoring.ScoreCard;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a running interview stands: the question being asked, follow-ups used on it, the turn in flight, and the
 * scores so far. Kept in Redis and read on the hot path (accepting an answer, evaluating it) instead of replaying the
 * stored turns; PostgreSQL stays the truth and the state is rebuilt from it whenever Redis does not have it. Each
 * change is the same step {@link ConversationReplay} takes for a stored turn, so both always agree.
 */
public record LiveSessionState(
        int questionPosition,
        int questionCount,
        int followUpsUsed,
        @Nullable String followUpPrompt,
        @Nullable UUID inFlightTurnId,
        boolean finished,
        int turnCount,
        List<ScoredAnswer> scores)
        implements Serializable {

    /** An evaluated answer's scores, as the evaluator sees them for calibration. */
    public record ScoredAnswer(int questionPosition, ScoreCard card) implements Serializable {}

    public LiveSessionState {
        scores = List.copyOf(scores);
    }

    static LiveSessionState start(int questionCount) {
        return new LiveSessionState(1, questionCount, 0, null, null, false, 0, List.of());
    }

    /** Whether this cached state still describes the stored turns; a stale cache is rebuilt rather than trusted. */
    public boolean matches(int storedTurnCount, @Nullable UUID storedInFlightTurnId) {
        return turnCount == storedTurnCount && Objects.equals(inFlightTurnId, storedInFlightTurnId);
    }

    public LiveSessionState accepted(UUID turnId) {
        return new LiveSessionState(
                questionPosition,
                questionCount,
                followUpsUsed,
                followUpPrompt,
                turnId,
                finished,
                turnCount + 1,
                scores);
    }

    /** A failed turn can be tried again later, and sent again is the same turn: only the turn in flight changes. */
    public LiveSessionState failed() {
        return inFlight(null);
    }

    public LiveSessionState retried(UUID turnId) {
        return inFlight(turnId);
    }

    /** The step after an evaluated answer, with the action actually taken (already held to the rules). */
    public LiveSessionState evaluated(
            NextAction action, @Nullable String interviewerText, int answeredPosition, @Nullable ScoreCard card) {
        var scored = new ArrayList<>(scores);
        if (card != null) {
            scored.add(new ScoredAnswer(answeredPosition, card));
        }
        return switch (action) {
            case FOLLOW_UP ->
                new LiveSessionState(
                        questionPosition,
                        questionCount,
                        followUpsUsed + 1,
                        interviewerText,
                        null,
                        finished,
                        turnCount,
                        scored);
            case NEXT_QUESTION ->
                questionPosition < questionCount
                        ? new LiveSessionState(
                                questionPosition + 1, questionCount, 0, null, null, finished, turnCount, scored)
                        : new LiveSessionState(
                                questionPosition,
                                questionCount,
                                followUpsUsed,
                                followUpPrompt,
                                null,
                                true,
                                turnCount,
                                scored);
            case END ->
                new LiveSessionState(
                        questionPosition, questionCount, followUpsUsed, followUpPrompt, null, true, turnCount, scored);
        };
    }

    LiveSessionState closed() {
        return new LiveSessionState(
                questionPosition,
                questionCount,
                followUpsUsed,
                followUpPrompt,
                inFlightTurnId,
                true,
                turnCount,
                scores);
    }

    private LiveSessionState inFlight(@Nullable UUID turnId) {
        return new LiveSessionState(
                questionPosition, questionCount, followUpsUsed, followUpPrompt, turnId, finished, turnCount, scores);
    }
}
