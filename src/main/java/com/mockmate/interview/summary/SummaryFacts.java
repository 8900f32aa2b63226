package com.mockmate.interview.summary;

import com.mockmate.interview.domain.AnswerEvaluation;
import com.mockmate.interview.domain.DrawnQuestions;
import com.mockmate.interview.domain.KeyPointsCovered;
import com.mockmate.scoring.GrammarReport;
import com.mockmate.scoring.ScoreCard;
import com.mockmate.speech.DeliveryMetrics;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a completed interview's written summary is made from, by the model or offline: each answered question with
 * the evaluations of its answers and the key points covered over all of them, the skipped questions, the scores the
 * completion computed, and the catalog topics a next topic may be chosen from. Read once, handed to either writer.
 */
public record SummaryFacts(
        UUID sessionId,
        UUID userId,
        String assessmentTitle,
        int questionCount,
        @Nullable BigDecimal total,
        Map<String, BigDecimal> perTopic,
        List<String> availableTopics,
        List<QuestionFacts> questions,
        List<DrawnQuestions.Question> skipped) {

    public SummaryFacts {
        perTopic = Map.copyOf(perTopic);
        availableTopics = List.copyOf(availableTopics);
        questions = List.copyOf(questions);
        skipped = List.copyOf(skipped);
    }

    /** An answered question; {@code score} is null when none of its answers could be evaluated. */
    public record QuestionFacts(
            DrawnQuestions.Question question,
            @Nullable BigDecimal score,
            KeyPointsCovered keyPoints,
            List<AnswerFacts> answers) {

        public QuestionFacts {
            answers = List.copyOf(answers);
        }
    }

    /** One evaluated answer. */
    public record AnswerFacts(
            int followUpIndex,
            String answerText,
            AnswerEvaluation evaluation,
            ScoreCard scores,
            @Nullable GrammarReport grammar,
            @Nullable DeliveryMetrics delivery) {}

    /** Every evaluated answer, question by question. */
    public List<AnswerFacts> answers() {
        return questions.stream().flatMap(q -> q.answers().stream()).toList();
    }
}
