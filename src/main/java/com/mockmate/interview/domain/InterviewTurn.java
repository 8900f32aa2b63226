package com.mockmate.interview.domain;

import com.mockmate.base.domain.AbstractEntity;
import com.mockmate.scoring.GrammarReport;
import com.mockmate.speech.DeliveryMetrics;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One answer and what the interviewer made of it. The answer is stored before any evaluation starts. */
@Entity
@Table(name = "interview_turns")
public class InterviewTurn extends AbstractEntity {

    public static final int ANSWER_MAX = 8000;
    public static final int CLIENT_TURN_ID_MAX = 100;

    @Column(name = "session_id", nullable = false)
    private UUID sessionId;

    @Column(name = "question_id", nullable = false)
    private UUID questionId;

    /** Order of the turn within the session, 1-based. */
    @Column(nullable = false)
    private int position;

    @Column(name = "question_position", nullable = false)
    private int questionPosition;

    @Column(name = "follow_up_index", nullable = false)
    private int followUpIndex;

    @Column(name = "prompt_text")
    private @Nullable String promptText;

    @Column(name = "client_turn_id", nullable = false, length = CLIENT_TURN_ID_MAX)
    private String clientTurnId;

    @Column(name = "answer_text")
    private @Nullable String answerText;

    @Column(name = "interviewer_text")
    private @Nullable String interviewerText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TurnStatus status;

    @Embedded
    private TurnOutcome outcome = new TurnOutcome();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_mode", nullable = false)
    private AnswerMode answerMode = AnswerMode.TEXT;

    @Embedded
    private SpokenAnswer spoken = SpokenAnswer.none();

    /** Stalled-turn recovery attempts; set by repository updates only, so a worker's save never overwrites it. */
    @Column(name = "recovery_attempts", nullable = false, insertable = false, updatable = false)
    private int recoveryAttempts;

    @Version
    private long version;

    protected InterviewTurn() {}

    public InterviewTurn(
            UUID sessionId,
            UUID questionId,
            int position,
            int questionPosition,
            int followUpIndex,
            @Nullable String promptText,
            String clientTurnId,
            @Nullable String answerText,
            Instant now) {
        this.sessionId = sessionId;
        this.questionId = questionId;
        this.position = position;
        this.questionPosition = questionPosition;
        this.followUpIndex = followUpIndex;
        this.promptText = promptText;
        this.clientTurnId = clientTurnId;
        this.answerText = answerText;
        this.status = TurnStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A spoken answer: its recording is already stored under {@code recording}'s key; transcription comes next. */
    public static InterviewTurn spoken(
            UUID id,
            UUID sessionId,
            UUID questionId,
            int position,
            int questionPosition,
            int followUpIndex,
            @Nullable String promptText,
            String clientTurnId,
            SpokenAnswer recording,
            Instant now) {
        var turn = new InterviewTurn(
                sessionId, questionId, position, questionPosition, followUpIndex, promptText, clientTurnId, null, now);
        turn.assignId(id);
        turn.answerMode = AnswerMode.VOICE;
        turn.spoken = recording;
        turn.status = TurnStatus.TRANSCRIBING;
        return turn;
    }

    /** The recogniser's transcript becomes the answer; it is evaluated next unless the candidate wants to review it. */
    public void transcribed(
            String transcript, String provider, boolean lowAccuracy, DeliveryMetrics delivery, Instant now) {
        this.answerText = transcript;
        spoken.transcribed(provider, lowAccuracy, delivery);
        this.status = spoken.isReviewTranscript() ? TurnStatus.AWAITING_REVIEW : TurnStatus.PENDING;
        this.updatedAt = now;
    }

    /** The candidate confirmed (and possibly corrected) the transcript. */
    /** The candidate's corrected transcript replaces the recogniser's; delivery figures recounted from it go along. */
    public void transcriptConfirmed(String answer, @Nullable DeliveryMetrics recounted, Instant now) {
        this.answerText = answer;
        if (recounted != null) {
            spoken.deliveryRecounted(recounted);
        }
        this.status = TurnStatus.PENDING;
        this.updatedAt = now;
    }

    public void recordingDeleted(Instant now) {
        spoken.recordingDeleted(now);
        this.updatedAt = now;
    }

    public void startEvaluation(GrammarReport grammarReport, List<String> flags, Instant now) {
        outcome.started(grammarReport, flags, now);
        this.updatedAt = now;
    }

    public void evaluated(
            AnswerEvaluation result,
            String interviewer,
            NextAction action,
            String provider,
            String model,
            int attemptCount,
            Instant now) {
        outcome.evaluated(result, action, provider, model, attemptCount, now);
        this.interviewerText = interviewer;
        this.status = TurnStatus.EVALUATED;
        this.updatedAt = now;
    }

    public void failed(String reason, @Nullable String provider, int attemptCount, Instant now) {
        outcome.failed(reason, provider, attemptCount);
        this.status = TurnStatus.FAILED;
        this.updatedAt = now;
    }

    /** Failed, with something to try again: the text, or the recording (deleted when it was the problem). */
    public boolean canRetry() {
        return status == TurnStatus.FAILED && (answerText != null || spoken.getAudioKey() != null);
    }

    /** A spoken answer that failed before it had a transcript is transcribed again; any other is evaluated again. */
    public void retry(Instant now) {
        this.status =
                answerMode == AnswerMode.VOICE && answerText == null ? TurnStatus.TRANSCRIBING : TurnStatus.PENDING;
        outcome.retried();
        this.updatedAt = now;
    }

    public AnswerMode getAnswerMode() {
        return answerMode;
    }

    public SpokenAnswer getSpoken() {
        return spoken;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public UUID getQuestionId() {
        return questionId;
    }

    public int getPosition() {
        return position;
    }

    public int getQuestionPosition() {
        return questionPosition;
    }

    public int getFollowUpIndex() {
        return followUpIndex;
    }

    public @Nullable String getPromptText() {
        return promptText;
    }

    public String getClientTurnId() {
        return clientTurnId;
    }

    public @Nullable String getAnswerText() {
        return answerText;
    }

    public @Nullable String getInterviewerText() {
        return interviewerText;
    }

    public TurnStatus getStatus() {
        return status;
    }

    public int getRecoveryAttempts() {
        return recoveryAttempts;
    }

    public TurnOutcome getOutcome() {
        return outcome;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
