package com.mockmate.interview.live;

import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.NextAction;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.scoring.ScoreCard;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rebuilds where a conversation stands from its stored turns, taking for each the step the live state takes when it
 * happens. Evaluated turns carry the action that was actually taken (already clamped to the follow-up limit), so
 * replaying them is enough; failed turns change nothing.
 */
public final class ConversationReplay {

    private ConversationReplay() {}

    public static LiveSessionState replay(
            List<InterviewTurn> turns, Map<UUID, ScoreCard> scores, int questionCount, boolean sessionOpen) {
        var state = LiveSessionState.start(questionCount);
        for (var turn : turns) {
            state = state.accepted(turn.getId());
            if (turn.getStatus().isOpen()) {
                continue;
            }
            var action = turn.getOutcome().getNextAction();
            state = turn.getStatus() == TurnStatus.EVALUATED && action != null
                    ? state.evaluated(
                            action, turn.getInterviewerText(), turn.getQuestionPosition(), scores.get(turn.getId()))
                    : state.failed();
        }
        return sessionOpen ? state : state.closed();
    }

    /**
     * The action the interview takes after an answer: the model's wish, held to the rules. Follow-ups stop at the
     * limit; only the last question can end the interview, so neither a model nor an answer can cut it short.
     */
    public static NextAction effectiveAction(NextAction requested, LiveSessionState state, int maxFollowUps) {
        boolean last = state.questionPosition() >= state.questionCount();
        if (requested == NextAction.FOLLOW_UP && state.followUpsUsed() < maxFollowUps) {
            return NextAction.FOLLOW_UP;
        }
        return last ? NextAction.END : NextAction.NEXT_QUESTION;
    }
}
