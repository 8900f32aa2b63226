package com.mockmate.interview.evaluation;

import com.mockmate.catalog.service.CatalogQueries;
import com.mockmate.catalog.service.TopicSummary;
import com.mockmate.interview.domain.DrawnQuestions;
import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.KeyPointsCovered;
import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.domain.TurnScore;
import com.mockmate.interview.domain.TurnScoreRepository;
import com.mockmate.interview.domain.TurnStatus;
import com.mockmate.interview.summary.SummaryFacts;
import com.mockmate.interview.summary.SummaryFacts.AnswerFacts;
import com.mockmate.interview.summary.SummaryFacts.QuestionFacts;
import com.mockmate.llm.offline.KeyPointEvidence;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads what a session's written summary is made from, in one go: the session, its turns and scores, the key points
 * each answered question covered (measured as the report and the offline evaluator measure it) and the catalog's topics
 * that have questions to practise.
 */
@Component
class SummaryFactsLoader {

    private final InterviewTurnRepository turns;
    private final TurnScoreRepository scores;
    private final KeyPointEvidence keyPoints;
    private final CatalogQueries catalog;

    SummaryFactsLoader(
            InterviewTurnRepository turns,
            TurnScoreRepository scores,
            KeyPointEvidence keyPoints,
            CatalogQueries catalog) {
        this.turns = turns;
        this.scores = scores;
        this.keyPoints = keyPoints;
        this.catalog = catalog;
    }

    /** Call inside a transaction. */
    SummaryFacts load(InterviewSession session) {
        var all = turns.findBySessionIdOrderByPositionAsc(session.getId());
        var scoreMap = scores
                .findByTurnIdIn(all.stream().map(InterviewTurn::getId).toList())
                .stream()
                .collect(Collectors.toMap(TurnScore::getTurnId, Function.identity()));
        var plan = session.getQuestions();
        var questions = plan.questions().stream()
                .map(question -> question(question, all, scoreMap))
                .filter(Objects::nonNull)
                .toList();
        var skipped = plan.questions().stream()
                .filter(q -> all.stream().noneMatch(t -> t.getQuestionPosition() == q.position()))
                .toList();
        return new SummaryFacts(
                session.getId(),
                session.getUserId(),
                plan.title(),
                plan.count(),
                session.getTotalScore(),
                perTopic(session.getSummary()),
                catalog.topics().stream()
                        .filter(topic -> topic.questionCount() > 0)
                        .map(TopicSummary::name)
                        .toList(),
                questions,
                skipped);
    }

    private @Nullable QuestionFacts question(
            DrawnQuestions.Question question, List<InterviewTurn> all, Map<UUID, TurnScore> scoreMap) {
        var evaluated = all.stream()
                .filter(t -> t.getQuestionPosition() == question.position()
                        && t.getStatus() == TurnStatus.EVALUATED
                        && t.getOutcome().getEvaluation() != null
                        && t.getAnswerText() != null
                        && scoreMap.containsKey(t.getId()))
                .toList();
        if (evaluated.isEmpty()) {
            return null;
        }
        var answers = evaluated.stream()
                .map(t -> new AnswerFacts(
                        t.getFollowUpIndex(),
                        Objects.requireNonNull(t.getAnswerText()),
                        Objects.requireNonNull(t.getOutcome().getEvaluation()),
                        scoreMap.get(t.getId()).toCard(),
                        t.getOutcome().getGrammar(),
                        t.getSpoken().getDelivery()))
                .toList();
        var answered = answers.stream().map(AnswerFacts::answerText).collect(Collectors.joining("\n"));
        return new QuestionFacts(
                question,
                QuestionScores.question(
                        answers.stream().map(a -> a.scores().total()).toList()),
                covered(answered, question),
                answers);
    }

    /** Measured as the report measures it, so the summary and the report's ✓/✗ lists agree. */
    private KeyPointsCovered covered(String answered, DrawnQuestions.Question question) {
        var covered = keyPoints.coveredBy(answered, question.text(), question.keyPoints());
        return new KeyPointsCovered(
                List.copyOf(covered.keySet()),
                question.keyPoints().stream()
                        .filter(keyPoint -> !covered.containsKey(keyPoint))
                        .toList());
    }

    /** The per-topic scores the completion computed, so the written summary and the results agree. */
    private static Map<String, BigDecimal> perTopic(@Nullable Map<String, Object> summary) {
        var perTopic = new LinkedHashMap<String, BigDecimal>();
        if (summary != null && summary.get("perTopic") instanceof Map<?, ?> topics) {
            topics.forEach(
                    (topic, score) -> perTopic.put(String.valueOf(topic), new BigDecimal(String.valueOf(score))));
        }
        return perTopic;
    }
}
