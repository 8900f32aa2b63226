package com.mockmate.llm;

import static com.mockmate.llm.LlmFixtures.MAPPER;
import static com.mockmate.llm.LlmFixtures.validReply;
import static com.mockmate.llm.LlmFixtures.validReplyJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.ReplyValidator.Invalid;
import com.mockmate.llm.ReplyValidator.Valid;
import com.mockmate.llm.ReplyValidator.Validation;
import com.mockmate.scoring.Rating;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ReplyValidatorTest {

    private static final String ANSWER = "Volatile makes a write visible to other threads at once.\n"
            + "But it’s not atomic:  count++ can still lose updates, because it reads   and then writes.";

    private final ReplyValidator validator = new ReplyValidator(MAPPER);

    private Validation validate(String rawText) {
        return validator.validate(rawText, ANSWER);
    }

    private static List<String> errors(Validation validation) {
        assertThat(validation).isInstanceOf(Invalid.class);
        return ((Invalid) validation).errors();
    }

    private static ObjectNode evaluation(ObjectNode reply) {
        return (ObjectNode) reply.path("evaluation");
    }

    @Test
    void accepts_a_reply_that_matches_the_schema() {
        var validation = validate(validReplyJson());

        assertThat(validation).isInstanceOf(Valid.class);
        var reply = ((Valid) validation).reply();
        assertThat(reply.interviewerText()).startsWith("Good start.");
        assertThat(reply.evaluation().grammar().rating()).isEqualTo(Rating.GOOD);
        assertThat(reply.evaluation().strengths()).containsExactly("Explains visibility");
        assertThat(reply.evaluation().nextAction()).isEqualTo(RequestedAction.FOLLOW_UP);
    }

    @Test
    void accepts_a_reply_wrapped_in_a_json_code_fence() {
        assertThat(validate("```json\n" + validReplyJson() + "\n```")).isInstanceOf(Valid.class);
        assertThat(validate("  ```\n" + validReplyJson() + "\n```\n")).isInstanceOf(Valid.class);
    }

    @Test
    void strips_nothing_but_the_fence() {
        assertThat(errors(validate("Here you go:\n```json\n" + validReplyJson() + "\n```")))
                .singleElement()
                .asString()
                .startsWith("the reply is not valid JSON");
        assertThat(errors(validate(validReplyJson() + "\nHope this helps!")))
                .singleElement()
                .asString()
                .startsWith("the reply is not valid JSON");
    }

    @Test
    void rejects_an_extra_property_at_any_level() {
        var reply = validReply().put("score", 100);
        evaluation(reply).put("total", 95);
        ((ObjectNode) reply.path("evaluation").path("depth")).put("points", 80);

        assertThat(errors(validate(MAPPER.writeValueAsString(reply))))
                .hasSize(3)
                .anySatisfy(error -> assertThat(error).startsWith("top level: property 'score' is not defined"))
                .anySatisfy(error -> assertThat(error).contains("/evaluation").contains("total"))
                .anySatisfy(
                        error -> assertThat(error).contains("/evaluation/depth").contains("points"));
    }

    @Test
    void rejects_a_rating_outside_the_rubric() {
        var reply = validReply();
        ((ObjectNode) reply.path("evaluation").path("communication")).put("rating", "great");

        assertThat(errors(validate(MAPPER.writeValueAsString(reply))))
                .containsExactly("/evaluation/communication/rating: does not have a value in the enumeration"
                        + " [\"excellent\", \"good\", \"fair\", \"poor\", \"none\"]");
    }

    @Test
    void rejects_an_unknown_next_action() {
        var reply = validReply();
        evaluation(reply).put("next_action", "finish");

        assertThat(errors(validate(MAPPER.writeValueAsString(reply))))
                .singleElement()
                .asString()
                .startsWith("/evaluation/next_action");
    }

    @Test
    void rejects_interviewer_text_over_2000_characters() {
        var reply = validReply().put("interviewer_text", "a".repeat(2001));

        assertThat(errors(validate(MAPPER.writeValueAsString(reply))))
                .singleElement()
                .asString()
                .startsWith("/interviewer_text")
                .doesNotContain("aaaa");
        assertThat(validate(MAPPER.writeValueAsString(validReply().put("interviewer_text", "a".repeat(2000)))))
                .isInstanceOf(Valid.class);
    }

    @Test
    void rejects_empty_interviewer_text_and_empty_justifications() {
        var reply = validReply().put("interviewer_text", "");
        ((ObjectNode) reply.path("evaluation").path("technical")).put("justification", "");

        assertThat(errors(validate(MAPPER.writeValueAsString(reply)))).hasSize(2);
    }

    @Test
    void rejects_six_strengths() {
        var reply = validReply();
        var strengths = evaluation(reply).putArray("strengths");
        for (int i = 1; i <= 6; i++) {
            strengths.add("strength " + i);
        }

        assertThat(errors(validate(MAPPER.writeValueAsString(reply))))
                .singleElement()
                .asString()
                .startsWith("/evaluation/strengths");
    }

    @Test
    void accepts_empty_strengths_and_improvements() {
        var reply = validReply();
        evaluation(reply).putArray("strengths");
        evaluation(reply).putArray("improvements");

        assertThat(validate(MAPPER.writeValueAsString(reply))).isInstanceOf(Valid.class);
    }

    @Test
    void rejects_a_missing_evaluation_or_dimension() {
        var noEvaluation = validReply();
        noEvaluation.remove("evaluation");
        var noGrammar = validReply();
        evaluation(noGrammar).remove("grammar");

        assertThat(errors(validate(MAPPER.writeValueAsString(noEvaluation))))
                .singleElement()
                .asString()
                .contains("evaluation");
        assertThat(errors(validate(MAPPER.writeValueAsString(noGrammar))))
                .singleElement()
                .asString()
                .contains("grammar");
    }

    @Test
    void non_json_gives_one_message_that_does_not_echo_the_reply() {
        assertThat(errors(validate("I think the candidate deserves excellent everywhere")))
                .singleElement()
                .asString()
                .isEqualTo(
                        "the reply is not valid JSON (line 1, column 1): reply with one JSON object and nothing else");
    }

    @Test
    void an_empty_reply_is_invalid() {
        assertThat(errors(validate("  \n"))).containsExactly("the reply is empty: expected one JSON object");
    }

    @Test
    void a_json_value_that_is_not_an_object_is_invalid() {
        assertThat(errors(validate("[]"))).singleElement().asString().contains("object");
    }

    @Test
    void duplicate_keys_are_invalid() {
        var json = validReplyJson().replaceFirst("\\{", "{\"interviewer_text\":\"first\",");

        assertThat(errors(validate(json))).singleElement().asString().startsWith("the reply is not valid JSON");
    }

    @Test
    void reports_at_most_ten_errors() {
        var reply = validReply();
        for (int i = 0; i < 15; i++) {
            reply.put("extra" + i, i);
        }

        assertThat(errors(validate(MAPPER.writeValueAsString(reply))))
                .hasSize(SchemaCheckedJson.MAX_ERRORS + 1)
                .last()
                .isEqualTo("and 5 more schema errors");
    }

    private static ObjectNode withEvidence(String dimension, String... quotes) {
        var reply = validReply();
        var evidence = ((ObjectNode) reply.path("evaluation").path(dimension)).putArray("evidence");
        for (var quote : quotes) {
            evidence.add(quote);
        }
        return reply;
    }

    @Test
    void accepts_quotes_copied_verbatim_from_the_answer_and_keeps_them() {
        var reply = withEvidence(
                "technical", "Volatile makes a write visible to other threads at once.", "count++ can still lose");

        var validation = validate(MAPPER.writeValueAsString(reply));

        assertThat(validation).isInstanceOf(Valid.class);
        var evaluation = ((Valid) validation).reply().evaluation();
        assertThat(evaluation.technical().evidence())
                .containsExactly("Volatile makes a write visible to other threads at once.", "count++ can still lose");
        assertThat(evaluation.depth().evidence()).isEmpty();
    }

    @Test
    void a_quote_matches_whatever_its_case_whitespace_quotation_marks_and_surrounding_punctuation() {
        var reply = withEvidence(
                "communication",
                "VOLATILE MAKES A WRITE\nvisible",
                "But it's not atomic",
                "\"reads and then writes,\"");
        ((ObjectNode) reply.path("evaluation").path("grammar"))
                .putArray("evidence")
                .add("threads at once.\nBut it’s");

        assertThat(validate(MAPPER.writeValueAsString(reply))).isInstanceOf(Valid.class);
    }

    @Test
    void a_fabricated_or_paraphrased_quote_is_an_error_that_names_its_place_but_not_its_text() {
        var reply = withEvidence(
                "depth", "count++ can still lose updates", "volatile guarantees atomicity", "count ++ can still lose");

        assertThat(errors(validate(MAPPER.writeValueAsString(reply))))
                .containsExactly(
                        "/evaluation/depth/evidence/1: this quote does not occur in answer_text; copy the candidate's"
                                + " words exactly as written, or leave the quote out",
                        "/evaluation/depth/evidence/2: this quote does not occur in answer_text; copy the candidate's"
                                + " words exactly as written, or leave the quote out")
                .allSatisfy(error -> assertThat(error).doesNotContain("atomicity", "count ++"));
    }

    @Test
    void a_quote_of_only_punctuation_or_from_another_text_is_not_evidence() {
        assertThat(errors(validate(MAPPER.writeValueAsString(withEvidence("grammar", "...")))))
                .singleElement()
                .asString()
                .startsWith("/evaluation/grammar/evidence/0: this quote does not occur");
        assertThat(validator.validate(
                        MAPPER.writeValueAsString(withEvidence("grammar", "count++ can still lose")),
                        "A different answer about HashMap buckets."))
                .isInstanceOf(Invalid.class);
    }

    @Test
    void the_schema_allows_no_more_than_three_quotes_of_at_most_300_characters() {
        var four = withEvidence("technical", "Volatile", "visible", "atomic", "count++");
        var tooLong = withEvidence("technical", "x".repeat(301));

        assertThat(errors(validate(MAPPER.writeValueAsString(four))))
                .singleElement()
                .asString()
                .startsWith("/evaluation/technical/evidence");
        assertThat(errors(validate(MAPPER.writeValueAsString(tooLong))))
                .singleElement()
                .asString()
                .startsWith("/evaluation/technical/evidence/0")
                .doesNotContain("xxxx");
        assertThat(validate(MAPPER.writeValueAsString(withEvidence("technical"))))
                .isInstanceOf(Valid.class);
    }
}
