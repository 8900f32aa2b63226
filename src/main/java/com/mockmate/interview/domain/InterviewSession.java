package com.mockmate.interview.domain;

import com.mockmate.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "interview_sessions")
public class InterviewSession extends AbstractEntity {

    public static final int PROFILE_SUMMARY_MAX = 1000;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "assessment_id", nullable = false)
    private UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status = SessionStatus.IN_PROGRESS;

    @Column(name = "llm_provider", nullable = false)
    private String llmProvider;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Column(name = "total_score", precision = 5, scale = 2)
    private @Nullable BigDecimal totalScore;

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable Map<String, Object> summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private DrawnQuestions questions;

    @Column(name = "profile_summary", nullable = false, updatable = false, length = PROFILE_SUMMARY_MAX)
    private String profileSummary;

    /** The test interview this session practises one question of; {@code null} for a test interview. */
    @Column(name = "practice_of", updatable = false)
    private @Nullable UUID practiceOf;

    @Version
    private long version;

    protected InterviewSession() {}

    public InterviewSession(
            UUID userId,
            UUID assessmentId,
            DrawnQuestions questions,
            String profileSummary,
            String llmProvider,
            Instant startedAt) {
        this.userId = userId;
        this.assessmentId = assessmentId;
        this.questions = questions;
        this.profileSummary = profileSummary.length() > PROFILE_SUMMARY_MAX
                ? profileSummary.substring(0, PROFILE_SUMMARY_MAX)
                : profileSummary;
        this.llmProvider = llmProvider;
        this.startedAt = startedAt;
    }

    /**
     * A retry of one question of a completed interview, on the question as that interview drew it: a later edit of the
     * question bank does not change what is practised. A retry from a practice session points at the same test
     * interview as that one did, so every attempt at a question hangs off one test.
     */
    public static InterviewSession practice(
            InterviewSession original,
            DrawnQuestions.Question question,
            String profileSummary,
            String llmProvider,
            Instant startedAt) {
        var practised = new DrawnQuestions(original.questions.title(), List.of(question.atPosition(1)));
        var session = new InterviewSession(
                original.userId, original.assessmentId, practised, profileSummary, llmProvider, startedAt);
        session.practiceOf = original.practiceOf != null ? original.practiceOf : original.getId();
        return session;
    }

    /** The questions drawn at the start, answer keys included; never changes afterwards. */
    public DrawnQuestions getQuestions() {
        return questions;
    }

    /** How the evaluator saw the candidate when this interview started. */
    public String getProfileSummary() {
        return profileSummary;
    }

    public void complete(@Nullable BigDecimal total, Map<String, Object> summary, Instant now) {
        this.status = SessionStatus.COMPLETED;
        this.totalScore = total;
        this.summary = summary;
        this.completedAt = now;
    }

    /** Set aside unfinished for a fresh start: the answers stay, no score is given. */
    public void abandon() {
        this.status = SessionStatus.ABANDONED;
    }

    public boolean isInProgress() {
        return status == SessionStatus.IN_PROGRESS;
    }

    public @Nullable UUID getPracticeOf() {
        return practiceOf;
    }

    public boolean isPractice() {
        return practiceOf != null;
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getAssessmentId() {
        return assessmentId;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getLlmProvider() {
        return llmProvider;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }

    public @Nullable BigDecimal getTotalScore() {
        return totalScore;
    }

    public @Nullable Map<String, Object> getSummary() {
        return summary;
    }
}
