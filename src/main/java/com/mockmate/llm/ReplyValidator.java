package com.mockmate.llm;

import com.mockmate.llm.ValidatedCalls.Check;
import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.Quotes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a model's raw text into an {@link InterviewerReply}, or says why it cannot. The only leniency is a Markdown
 * code fence around the whole reply, which models add even in JSON mode. Evidence is checked, not trusted: every quote
 * must occur in the answer ({@link Quotes}), and a fabricated one is an error like a schema violation. Error messages
 * describe the problem without echoing the reply's text, so a repair request never carries model (or candidate)
 * content back into the prompt.
 */
@Component
class ReplyValidator {

    private final SchemaCheckedJson json;

    ReplyValidator(JsonMapper mapper) {
        this.json = new SchemaCheckedJson(mapper, ReplySchema.load(mapper));
    }

    sealed interface Validation {}

    record Valid(InterviewerReply reply) implements Validation {}

    record Invalid(List<String> errors) implements Validation {

        Invalid {
            errors = List.copyOf(errors);
        }
    }

    /** @param answerText the answer the reply evaluates, which its evidence must quote */
    Validation validate(String rawText, String answerText) {
        return switch (json.read(rawText, InterviewerReply.class)) {
            case Check.Invalid<InterviewerReply>(var errors) -> new Invalid(errors);
            case Check.Valid<InterviewerReply>(var reply) -> {
                var fabricated = fabricatedQuotes(reply.evaluation(), answerText);
                yield fabricated.isEmpty() ? new Valid(reply) : new Invalid(fabricated);
            }
        };
    }

    private static List<String> fabricatedQuotes(ModelEvaluation evaluation, String answerText) {
        var errors = new ArrayList<String>();
        var dimensions = new LinkedHashMap<String, DimensionRating>();
        dimensions.put("technical", evaluation.technical());
        dimensions.put("depth", evaluation.depth());
        dimensions.put("communication", evaluation.communication());
        dimensions.put("grammar", evaluation.grammar());
        dimensions.forEach((name, rating) -> {
            var evidence = rating.evidence();
            for (int i = 0; i < evidence.size(); i++) {
                if (!Quotes.occursIn(answerText, evidence.get(i))) {
                    errors.add("/evaluation/" + name + "/evidence/" + i + ": this quote does not occur in answer_text;"
                            + " copy the candidate's words exactly as written, or leave the quote out");
                }
            }
        });
        return errors.subList(0, Math.min(errors.size(), SchemaCheckedJson.MAX_ERRORS));
    }
}
