package com.mockmate.llm;

import com.mockmate.llm.ReplyValidator.Invalid;
import com.mockmate.llm.ReplyValidator.Valid;
import com.mockmate.llm.TurnDocument.SessionFacts;
import com.mockmate.scoring.DimensionRatings;
import com.mockmate.scoring.GrammarChecker;
import com.mockmate.scoring.ScoreCalculator;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a simulated candidate's answer to a model the way a turn does: the versioned system prompt, the turn document
 * with LanguageTool's findings, the reply schema, a repair request per invalid reply, and the rubric's weighted total.
 * The first answer to a question, at position 1 of 5 with one follow-up allowed.
 */
final class ScriptedTurns {

    static final int MAX_REPLIES = 3;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InterviewerModel model;
    private final GrammarChecker grammar;
    private final PromptBuilder prompts = new PromptBuilder(JSON);
    private final ReplyValidator validator = new ReplyValidator(JSON);
    private final ScoreCalculator calculator = new ScoreCalculator();

    ScriptedTurns(InterviewerModel model, GrammarChecker grammar) {
        this.model = model;
        this.grammar = grammar;
    }

    String provider() {
        return model.provider() + " " + model.model();
    }

    GradedAnswer grade(ScriptedQuestion question, ScriptedCandidate candidate) {
        return grade(question, candidate, question.answer(candidate));
    }

    GradedAnswer grade(ScriptedQuestion question, ScriptedCandidate candidate, String answer) {
        var request = prompts.firstRequest(document(question, answer));
        String lastError = "no reply";
        for (int reply = 1; reply <= MAX_REPLIES; reply++) {
            String text;
            try {
                text = model.complete(request).text();
            } catch (ModelCallException e) {
                return new GradedAnswer(question, candidate, answer, null, null, e.getMessage());
            }
            switch (validator.validate(text, answer)) {
                case Valid(var parsed) -> {
                    var evaluation = parsed.evaluation();
                    var score = calculator.score(new DimensionRatings(
                            evaluation.technical(),
                            evaluation.depth(),
                            evaluation.communication(),
                            evaluation.grammar()));
                    return new GradedAnswer(question, candidate, answer, parsed, score, null);
                }
                case Invalid(var errors) -> {
                    lastError = errors.getFirst();
                    request = request.repaired(errors);
                }
            }
        }
        return new GradedAnswer(question, candidate, answer, null, null, lastError);
    }

    private TurnDocument document(ScriptedQuestion question, String answer) {
        var facts = question.facts();
        var vocabulary = new ArrayList<>(facts.keyPoints());
        vocabulary.add(facts.text());
        return new TurnDocument(
                "Backend developer, 4 years of Java",
                new SessionFacts("Simulated candidates", question.topic(), question.difficulty(), 1, 5, 0, 1, null),
                facts,
                answer,
                List.of(),
                grammar.check(answer, vocabulary),
                null);
    }
}
