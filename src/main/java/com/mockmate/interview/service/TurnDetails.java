package com.mockmate.interview.service;

import com.mockmate.interview.domain.AnswerEvaluation;
import com.mockmate.interview.domain.AnswerMode;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewerLines;
import com.mockmate.interview.domain.NextAction;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.scoring.GrammarReport;
import com.mockmate.scoring.ScoreCard;
import com.mockmate.speech.DeliveryMetrics;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One turn as its owner sees it: the answer, the interviewer's reply, evaluation and scores once evaluated. */
public record TurnDetails(
        UUID id,
        UUID questionId,
        int position,
        int questionPosition,
        int followUpIndex,
        @Nullable String promptText,
        String clientTurnId,
        @Nullable String answerText,
        @Nullable String interviewerText,
        TurnStatus status,
        @Nullable AnswerEvaluation evaluation,
        @Nullable ScoreCard scores,
        @Nullable GrammarReport grammar,
        List<String> injectionFlags,
        @Nullable NextAction nextAction,
        @Nullable String failureReason,
        @Nullable String provider,
        Instant createdAt,
        AnswerMode answerMode,
        @Nullable DeliveryMetrics delivery,
        @Nullable SpokenDetails spoken,
        boolean retryable)
        implements Serializable {

    /**
     * What speech recognition made of a spoken answer.
     *
     * @param transcriptProvider who transcribed it ("offline" is PocketSphinx: low accuracy)
     * @param lowAccuracy whether the transcript is likely to contain mistakes
     * @param reviewTranscript whether the candidate reviews the transcript before it is evaluated
     * @param hasRecording whether the recording is still stored (it expires, and the candidate can delete it)
     * @param browserTranscript what the browser's own speech recognition heard, if it sent anything (not scored)
     */
    public record SpokenDetails(
            @Nullable String transcriptProvider,
            boolean lowAccuracy,
            boolean reviewTranscript,
            boolean hasRecording,
            @Nullable String browserTranscript)
            implements Serializable {}

    static TurnDetails of(InterviewTurn turn, @Nullable ScoreCard scores) {
        return new TurnDetails(
                turn.getId(),
                turn.getQuestionId(),
                turn.getPosition(),
                turn.getQuestionPosition(),
                turn.getFollowUpIndex(),
                turn.getPromptText(),
                turn.getClientTurnId(),
                turn.getAnswerText(),
                turn.getInterviewerText(),
                turn.getStatus(),
                turn.getOutcome().getEvaluation(),
                scores,
                turn.getOutcome().getGrammar(),
                turn.getOutcome().getInjectionFlags(),
                turn.getOutcome().getNextAction(),
                turn.getOutcome().getFailureReason(),
                turn.getOutcome().getLlmProvider(),
                turn.getCreatedAt(),
                turn.getAnswerMode(),
                turn.getSpoken().getDelivery(),
                spokenDetails(turn),
                turn.canRetry());
    }

    private static @Nullable SpokenDetails spokenDetails(InterviewTurn turn) {
        if (turn.getAnswerMode() != AnswerMode.VOICE) {
            return null;
        }
        var spoken = turn.getSpoken();
        return new SpokenDetails(
                spoken.getTranscriptProvider(),
                spoken.isTranscriptLowAccuracy(),
                spoken.isReviewTranscript(),
                spoken.getAudioKey() != null,
                spoken.getBrowserTranscript());
    }

    /** The interviewer's reaction to this answer, without the next question that the reply goes on to ask. */
    public @Nullable String reaction() {
        if (interviewerText == null || nextAction == null) {
            return interviewerText;
        }
        return InterviewerLines.reaction(interviewerText, nextAction, questionPosition);
    }

    /** The server is still working on it: transcribing or evaluating (a transcript under review waits for the user). */
    public boolean inFlight() {
        return status == TurnStatus.PENDING || status == TurnStatus.TRANSCRIBING;
    }
}
