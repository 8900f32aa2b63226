package com.mockmate.interview.live;

import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.scoring.NextAction;
import java.util.List;
import java.util.UUID;

/**
 * Rebuilds where a conversation stands from its stored turns. Evaluated turns carry the action that was actually taken
 * (already clamped to the follow-up limit), so replaying them is enough; failed turns change nothing.
 */
public final class ConversationReplay {

    private ConversationReplay() {}

    public static LiveSessionState replay(List<InterviewTurn> turns, int questionCount, boolean sessionOpen) {
        int position = 1;
        int followUps = 0;
        String followUpPrompt = null;
        boolean finished = !sessionOpen;
        UUID inFlight = null;
        for (var turn : turns) {
            if (turn.getStatus().isOpen()) {
                inFlight = turn.getId();
                continue;
            }
            if (turn.getStatus() != TurnStatus.EVALUATED || turn.getOutcome().getNextAction() == null) {
                continue;
            }
            if (turn.getOutcome().getNextAction() == NextAction.FOLLOW_UP) {
                followUps++;
                followUpPrompt = turn.getInterviewerText();
            } else if (turn.getOutcome().getNextAction() == NextAction.NEXT_QUESTION && position < questionCount) {
                position++;
                followUps = 0;
                followUpPrompt = null;
            } else {
                finished = true;
            }
        }
        return new LiveSessionState(
                position, questionCount, followUps, followUpPrompt, inFlight, finished, turns.size());
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
