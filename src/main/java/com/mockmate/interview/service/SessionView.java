package com.mockmate.interview.service;

import com.mockmate.interview.domain.SessionStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A session as its candidate sees it. Answer keys never appear here. */
public record SessionView(
        UUID id,
        UUID assessmentId,
        String assessmentTitle,
        SessionStatus status,
        String llmProvider,
        Instant startedAt,
        @Nullable Instant completedAt,
        @Nullable BigDecimal totalScore,
        @Nullable Map<String, Object> summary,
        String openingText,
        @Nullable CurrentQuestion currentQuestion,
        List<TurnView> turns)
        implements Serializable {

    /** The question being asked now; {@code followUp} is the interviewer's follow-up when one is open. */
    public record CurrentQuestion(
            UUID id,
            String text,
            int position,
            int count,
            @Nullable String followUp) implements Serializable {}

    /** What the interviewer said last, and after which turn ({@code null}: the opening line). */
    public record InterviewerLine(String text, @Nullable UUID turnId) implements Serializable {}

    public InterviewerLine latestInterviewerLine() {
        for (int i = turns.size() - 1; i >= 0; i--) {
            var turn = turns.get(i);
            if (turn.interviewerText() != null) {
                return new InterviewerLine(turn.interviewerText(), turn.id());
            }
        }
        return new InterviewerLine(openingText, null);
    }

    public boolean awaitingEvaluation() {
        return turns.stream().anyMatch(TurnView::inFlight);
    }

    public boolean offline() {
        return "offline".equals(llmProvider);
    }
}
