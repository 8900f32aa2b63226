package com.mockmate.llm.offline;

import com.mockmate.language.KeyPointCoverage;
import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.InterviewerReply;
import com.mockmate.llm.ModelCallException;
import com.mockmate.llm.ModelCompletion;
import com.mockmate.llm.ModelEvaluation;
import com.mockmate.llm.ModelRequest;
import com.mockmate.llm.RequestedAction;
import com.mockmate.llm.TurnDocument;
import com.mockmate.scoring.GrammarChecker;
import com.mockmate.scoring.GrammarReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded evaluator: rates an answer by rubric, without a language model, and replies in the same JSON contract
 * as Gemini and Ollama so that it goes through the same validation. It reads only the turn document (not the system
 * prompt), measures key-point coverage, elaboration, delivery and LanguageTool's findings, and is deterministic. The
 * answer is data: nothing in it is obeyed, and sentences addressed to the evaluator earn nothing (see
 * {@link EvaluatorDirectedText}). Prior scores are not used: each answer is judged on its own.
 */
@Component
public class OfflineInterviewer implements InterviewerModel {

    static final double FOLLOW_UP_BELOW_COVERAGE = 0.65;

    /** Its own mapper: the reply is a wire contract and must not change with the application's Jackson settings. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final KeyPointCoverage coverage;
    private final GrammarChecker grammarChecker;
    private final AnswerMeasurer measurer;

    public OfflineInterviewer(KeyPointCoverage coverage, GrammarChecker grammarChecker) {
        this.coverage = coverage;
        this.grammarChecker = grammarChecker;
        this.measurer = new AnswerMeasurer(coverage);
    }

    @Override
    public String provider() {
        return "offline";
    }

    @Override
    public String model() {
        return "rubric-v1";
    }

    @Override
    public ModelCompletion complete(ModelRequest request) {
        var document = parse(request.userDocument());
        var reply = evaluate(document);
        return new ModelCompletion(JSON.writeValueAsString(reply), null, null);
    }

    InterviewerReply evaluate(TurnDocument document) {
        var answer = Objects.requireNonNullElse(document.answerText(), "");
        var scope = QuestionScope.of(document, coverage);
        var grammarEvidence = grammarEvidence(document, answer);
        var measures = measurer.measure(answer, scope, grammarEvidence);
        var technical = OfflineEvidence.technical(
                OfflineRubric.technical(measures, !scope.keyPointsFromReference()), answer, measures);
        var communication = OfflineEvidence.communication(
                document.deliveryEvidence() == null
                        ? OfflineRubric.communication(measures)
                        : SpokenDelivery.communication(measures, document.deliveryEvidence()),
                answer,
                measures,
                document.deliveryEvidence() != null);
        var grammar = OfflineEvidence.grammar(OfflineRubric.grammar(measures), answer, grammarEvidence);
        var next = nextAction(document.session(), measures);
        var evaluation = new ModelEvaluation(
                technical,
                OfflineEvidence.depth(OfflineRubric.depth(measures), answer, measures),
                communication,
                grammar,
                OfflineFeedback.strengths(
                        measures, !scope.keyPointsFromReference(), communication.rating(), grammar.rating()),
                OfflineFeedback.improvements(measures, grammar.rating()),
                next);
        return new InterviewerReply(
                OfflineFeedback.interviewerText(
                        technical.rating(), measures.noContent(), next, followUpQuestion(next, scope, measures)),
                evaluation);
    }

    /**
     * A follow-up when key points are missing and the question has follow-ups left, but never after an answer with
     * nothing in it: "I don't know" or silence is not helped by "what about the part you missed?".
     */
    static RequestedAction nextAction(TurnDocument.SessionFacts session, AnswerMeasures measures) {
        var coverage = measures.coverage();
        boolean incomplete = coverage.ratio() < FOLLOW_UP_BELOW_COVERAGE
                && !coverage.missed().isEmpty()
                && measures.hasContent();
        if (incomplete && session.followUpsUsed() < session.maxFollowUps()) {
            return RequestedAction.FOLLOW_UP;
        }
        return session.questionPosition() >= session.questionCount()
                ? RequestedAction.END
                : RequestedAction.NEXT_QUESTION;
    }

    private static String followUpQuestion(RequestedAction next, QuestionScope scope, AnswerMeasures measures) {
        if (next != RequestedAction.FOLLOW_UP) {
            return "";
        }
        if (scope.keyPointsFromReference()) {
            return FollowUpQuestion.GENERIC;
        }
        return FollowUpQuestion.about(
                FollowUpQuestion.choose(measures.coverage().missed()));
    }

    /** The caller normally sends LanguageTool's findings; if it did not, they are computed here rather than guessed. */
    private GrammarReport grammarEvidence(TurnDocument document, String answer) {
        if (document.grammarEvidence() != null) {
            return document.grammarEvidence();
        }
        var question = document.question();
        var vocabulary = new ArrayList<String>();
        vocabulary.add(Objects.requireNonNullElse(question.text(), ""));
        vocabulary.addAll(Objects.requireNonNullElse(question.keyPoints(), List.of()));
        return grammarChecker.check(answer, vocabulary);
    }

    private static TurnDocument parse(String userDocument) {
        try {
            var document = JSON.readValue(userDocument, TurnDocument.class);
            if (document == null || document.session() == null || document.question() == null) {
                throw new ModelCallException("The turn document lacks its session or question", false, null, null);
            }
            return document;
        } catch (JacksonException e) {
            throw new ModelCallException("The turn document is not valid JSON", false, null, e);
        }
    }
}
