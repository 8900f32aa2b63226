package com.mockmate.interview.service;

import com.mockmate.interview.domain.InterviewerLines;
import com.mockmate.interview.domain.NextAction;
import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.domain.TurnStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A session as its candidate sees it. Answer keys never appear here.
 *
 * @param practiceOf for a practice session, the test interview whose question it retries; {@code null} for a test
 */
public record SessionDetails(
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
        List<TurnDetails> turns,
        @Nullable UUID practiceOf)
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

    /** The interviewer's welcome without the first question. */
    public String greeting() {
        return InterviewerLines.greeting(openingText);
    }

    /**
     * One question with everything said about it: the answers and follow-ups in order and the question's score.
     *
     * @param questionId the question's id in the catalog, the same in every session that asked it
     * @param text the question as it was asked
     * @param score the question's score by {@link QuestionScores}, once an answer has been evaluated
     * @param current whether this is the question being asked now
     */
    public record QuestionTurns(
            UUID questionId,
            int position,
            int count,
            String text,
            List<TurnDetails> turns,
            @Nullable BigDecimal score,
            boolean current)
            implements Serializable {

        /** The follow-up question waiting for an answer, when the interviewer asked one. */
        public boolean followUpOpen() {
            return current && !turns.isEmpty() && turns.getLast().nextAction() == NextAction.FOLLOW_UP;
        }
    }

    /** The questions asked so far, each with its answers; the current one last, even before it is answered. */
    public List<QuestionTurns> questions() {
        var byPosition = turns.stream()
                .collect(Collectors.groupingBy(TurnDetails::questionPosition, TreeMap::new, Collectors.toList()));
        if (currentQuestion != null) {
            byPosition.putIfAbsent(currentQuestion.position(), List.of());
        }
        var count = currentQuestion != null ? currentQuestion.count() : questionCount();
        var questions = new ArrayList<QuestionTurns>();
        byPosition.forEach((position, questionTurns) -> {
            boolean current = currentQuestion != null && currentQuestion.position() == position;
            var text = questionTurns.stream()
                    .filter(t -> t.followUpIndex() == 0 && t.promptText() != null)
                    .map(TurnDetails::promptText)
                    .findFirst()
                    .orElse(current ? currentQuestion.text() : "");
            var score = QuestionScores.question(questionTurns.stream()
                    .filter(t -> t.status() == TurnStatus.EVALUATED && t.scores() != null)
                    .map(t -> t.scores().total())
                    .toList());
            var questionId = questionTurns.isEmpty()
                    ? currentQuestion.id()
                    : questionTurns.getFirst().questionId();
            questions.add(
                    new QuestionTurns(questionId, position, count, text, List.copyOf(questionTurns), score, current));
        });
        return questions;
    }

    /** How many questions the test has: from the current question, else from the summary. */
    public int questionCount() {
        if (currentQuestion != null) {
            return currentQuestion.count();
        }
        if (summary != null && summary.get("questionCount") instanceof Number count) {
            return count.intValue();
        }
        return turns.stream().mapToInt(TurnDetails::questionPosition).max().orElse(0);
    }

    public boolean awaitingEvaluation() {
        return turns.stream().anyMatch(TurnDetails::inFlight);
    }

    public boolean practice() {
        return practiceOf != null;
    }

    public boolean offline() {
        return "offline".equals(llmProvider);
    }
}
