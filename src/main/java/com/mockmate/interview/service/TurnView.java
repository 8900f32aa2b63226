package com.mockmate.interview.service;

import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.scoring.Evaluation;
import com.mockmate.scoring.GrammarReport;
import com.mockmate.scoring.NextAction;
import com.mockmate.scoring.ScoreCard;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One turn as its owner sees it: the answer, the interviewer's reply, evaluation and scores once evaluated. */
public record TurnView(
        UUID id,
        int position,
        int questionPosition,
        int followUpIndex,
        @Nullable String promptText,
        String clientTurnId,
        @Nullable String answerText,
        @Nullable String interviewerText,
        TurnStatus status,
        @Nullable Evaluation evaluation,
        @Nullable ScoreCard scores,
        @Nullable GrammarReport grammar,
        List<String> injectionFlags,
        @Nullable NextAction nextAction,
        @Nullable String failureReason,
        @Nullable String provider,
        Instant createdAt)
        implements Serializable {

    static TurnView of(InterviewTurn turn, @Nullable ScoreCard scores) {
        return new TurnView(
                turn.getId(),
                turn.getPosition(),
                turn.getQuestionPosition(),
                turn.getFollowUpIndex(),
                turn.getPromptText(),
                turn.getClientTurnId(),
                turn.getAnswerText(),
                turn.getInterviewerText(),
                turn.getStatus(),
                turn.getEvaluation(),
                scores,
                turn.getGrammar(),
                turn.getInjectionFlags(),
                turn.getNextAction(),
                turn.getFailureReason(),
                turn.getLlmProvider(),
                turn.getCreatedAt());
    }

    public boolean inFlight() {
        return status == TurnStatus.PENDING || status == TurnStatus.TRANSCRIBING;
    }
}
