package com.mockmate.interview.evaluation;

import com.mockmate.interview.domain.SummaryContent;
import com.mockmate.interview.summary.SummaryFacts;
import com.mockmate.llm.summary.SummaryDocument;
import com.mockmate.llm.summary.SummaryDocument.AnswerFacts;
import com.mockmate.llm.summary.SummaryDocument.DeliveryFacts;
import com.mockmate.llm.summary.SummaryDocument.GrammarFacts;
import com.mockmate.llm.summary.SummaryDocument.QuestionFacts;
import com.mockmate.llm.summary.SummaryDocument.RatingFacts;
import com.mockmate.llm.summary.SummaryDocument.Ratings;
import com.mockmate.llm.summary.SummaryDocument.SessionFacts;
import com.mockmate.llm.summary.SummaryDocument.SkippedQuestion;
import com.mockmate.llm.summary.SummaryReply;
import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.GrammarReport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Maps the interview's summary facts to the model's document, and the model's summary back to the interview's. */
final class SummaryDocuments {

    /** Long enough to quote from, short enough that 16 answers keep the request small. */
    static final int EXCERPT_MAX = 1000;

    static final int GRAMMAR_EXAMPLES = 3;

    private SummaryDocuments() {}

    static SummaryDocument of(SummaryFacts facts) {
        var answered =
                (int) facts.questions().stream().filter(q -> q.score() != null).count();
        return new SummaryDocument(
                new SessionFacts(
                        facts.assessmentTitle(),
                        facts.questionCount(),
                        answered,
                        facts.skipped().size(),
                        facts.total(),
                        facts.perTopic()),
                facts.availableTopics(),
                facts.questions().stream()
                        .map(q -> new QuestionFacts(
                                q.question().position(),
                                q.question().topic(),
                                q.question().text(),
                                q.score(),
                                q.keyPoints().covered(),
                                q.keyPoints().missed(),
                                q.answers().stream()
                                        .map(SummaryDocuments::answer)
                                        .toList()))
                        .toList(),
                facts.skipped().stream()
                        .map(q -> new SkippedQuestion(q.position(), q.topic(), q.text()))
                        .toList());
    }

    static SummaryContent content(SummaryReply reply) {
        return new SummaryContent(
                reply.overallFeedback(),
                reply.strengths(),
                reply.improvements().stream()
                        .map(i -> new SummaryContent.Improvement(i.improvement(), i.nextStep()))
                        .toList(),
                reply.recommendedNextTopic());
    }

    private static AnswerFacts answer(SummaryFacts.AnswerFacts answer) {
        var evaluation = answer.evaluation();
        var delivery = answer.delivery();
        return new AnswerFacts(
                answer.followUpIndex(),
                excerpt(answer.answerText()),
                new Ratings(
                        rating(evaluation.technical()),
                        rating(evaluation.depth()),
                        rating(evaluation.communication()),
                        rating(evaluation.grammar())),
                answer.scores().total(),
                evaluation.strengths(),
                evaluation.improvements(),
                grammar(answer.grammar()),
                delivery == null
                        ? null
                        : new DeliveryFacts(
                                delivery.wordsPerMinute(),
                                delivery.fillerWordCount(),
                                delivery.fillers(),
                                delivery.longPauses()));
    }

    private static RatingFacts rating(DimensionRating rating) {
        return new RatingFacts(rating.rating().wireName(), rating.justification());
    }

    private static GrammarFacts grammar(@Nullable GrammarReport report) {
        if (report == null) {
            return new GrammarFacts(0, 0, List.of());
        }
        return new GrammarFacts(
                report.wordCount(),
                report.issueCount(),
                report.findings().stream()
                        .limit(GRAMMAR_EXAMPLES)
                        .map(f -> f.message() + " (\u201c" + f.excerpt() + "\u201d)")
                        .toList());
    }

    private static String excerpt(String answer) {
        return answer.length() <= EXCERPT_MAX ? answer : answer.substring(0, EXCERPT_MAX) + "\u2026";
    }
}
