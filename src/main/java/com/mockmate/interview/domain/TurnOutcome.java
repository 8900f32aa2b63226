package com.mockmate.interview.domain;

import com.mockmate.scoring.GrammarReport;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * What evaluating a turn produced: the evidence gathered first (grammar, injection flags), then either the model's
 * evaluation and next action or a failure reason, and which model answered after how many attempts.
 */
@Embeddable
public class TurnOutcome implements Serializable {

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable AnswerEvaluation evaluation;

    @JdbcTypeCode(SqlTypes.JSON)
    private @Nullable GrammarReport grammar;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "injection_flags", nullable = false)
    private List<String> injectionFlags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "next_action")
    private @Nullable NextAction nextAction;

    @Column(name = "failure_reason")
    private @Nullable String failureReason;

    @Column(name = "llm_provider")
    private @Nullable String llmProvider;

    @Column(name = "llm_model")
    private @Nullable String llmModel;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "evaluation_started_at")
    private @Nullable Instant evaluationStartedAt;

    @Column(name = "evaluated_at")
    private @Nullable Instant evaluatedAt;

    void started(GrammarReport grammarReport, List<String> flags, Instant now) {
        this.grammar = grammarReport;
        this.injectionFlags = new ArrayList<>(flags);
        this.evaluationStartedAt = now;
    }

    void evaluated(
            AnswerEvaluation result, NextAction action, String provider, String model, int attemptCount, Instant now) {
        this.evaluation = result;
        this.nextAction = action;
        this.llmProvider = provider;
        this.llmModel = model;
        this.attempts += attemptCount;
        this.failureReason = null;
        this.evaluatedAt = now;
    }

    void failed(String reason, @Nullable String provider, int attemptCount) {
        this.failureReason = reason;
        this.llmProvider = provider;
        this.attempts += attemptCount;
    }

    void retried() {
        this.failureReason = null;
    }

    public @Nullable AnswerEvaluation getEvaluation() {
        return evaluation;
    }

    public @Nullable GrammarReport getGrammar() {
        return grammar;
    }

    public List<String> getInjectionFlags() {
        return List.copyOf(injectionFlags);
    }

    public @Nullable NextAction getNextAction() {
        return nextAction;
    }

    public @Nullable String getFailureReason() {
        return failureReason;
    }

    public @Nullable String getLlmModel() {
        return llmModel;
    }

    public @Nullable String getLlmProvider() {
        return llmProvider;
    }
}
