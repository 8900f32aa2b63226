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

    private final ReplyValidator validator = new ReplyValidator(MAPPER);

    private static List<String> errors(Validation validation) {
        assertThat(validation).isInstanceOf(Invalid.class);
        return ((Invalid) validation).errors();
    }

    private static ObjectNode evaluation(ObjectNode reply) {
        return (ObjectNode) reply.path("evaluation");
    }

    @Test
    void accepts_a_reply_that_matches_the_schema() {
        var validation = validator.validate(validReplyJson());

        assertThat(validation).isInstanceOf(Valid.class);
        var reply = ((Valid) validation).reply();
        assertThat(reply.interviewerText()).startsWith("Good start.");
        assertThat(reply.evaluation().grammar().rating()).isEqualTo(Rating.GOOD);
        assertThat(reply.evaluation().strengths()).containsExactly("Explains visibility");
        assertThat(reply.evaluation().nextAction()).isEqualTo(RequestedAction.FOLLOW_UP);
    }

    @Test
    void accepts_a_reply_wrapped_in_a_json_code_fence() {
        assertThat(validator.validate("```json\n" + validReplyJson() + "\n```")).isInstanceOf(Valid.class);
        assertThat(validator.validate("  ```\n" + validReplyJson() + "\n```\n")).isInstanceOf(Valid.class);
    }

    @Test
    void strips_nothing_but_the_fence() {
        assertThat(errors(validator.validate("Here you go:\n```json\n" + validReplyJson() + "\n```")))
                .singleElement()
                .asString()
                .startsWith("the reply is not valid JSON");
        assertThat(errors(validator.validate(validReplyJson() + "\nHope this helps!")))
                .singleElement()
                .asString()
                .startsWith("the reply is not valid JSON");
    }

    @Test
    void rejects_an_extra_property_at_any_level() {
        var reply = validReply().put("score", 100);
        evaluation(reply).put("total", 95);
        ((ObjectNode) reply.path("evaluation").path("depth")).put("points", 80);

        assertThat(errors(validator.validate(MAPPER.writeValueAsString(reply))))
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

        assertThat(errors(validator.validate(MAPPER.writeValueAsString(reply))))
                .containsExactly("/evaluation/communication/rating: does not have a value in the enumeration"
                        + " [\"excellent\", \"good\", \"fair\", \"poor\", \"none\"]");
    }

    @Test
    void rejects_an_unknown_next_action() {
        var reply = validReply();
        evaluation(reply).put("next_action", "finish");

        assertThat(errors(validator.validate(MAPPER.writeValueAsString(reply))))
                .singleElement()
                .asString()
                .startsWith("/evaluation/next_action");
    }

    @Test
    void rejects_interviewer_text_over_2000_characters() {
        var reply = validReply().put("interviewer_text", "a".repeat(2001));

        assertThat(errors(validator.validate(MAPPER.writeValueAsString(reply))))
                .singleElement()
                .asString()
                .startsWith("/interviewer_text")
                .doesNotContain("aaaa");
        assertThat(validator.validate(
                        MAPPER.writeValueAsString(validReply().put("interviewer_text", "a".repeat(2000)))))
                .isInstanceOf(Valid.class);
    }

    @Test
    void rejects_empty_interviewer_text_and_empty_justifications() {
        var reply = validReply().put("interviewer_text", "");
        ((ObjectNode) reply.path("evaluation").path("technical")).put("justification", "");

        assertThat(errors(validator.validate(MAPPER.writeValueAsString(reply)))).hasSize(2);
    }

    @Test
    void rejects_six_strengths() {
        var reply = validReply();
        var strengths = evaluation(reply).putArray("strengths");
        for (int i = 1; i <= 6; i++) {
            strengths.add("strength " + i);
        }

        assertThat(errors(validator.validate(MAPPER.writeValueAsString(reply))))
                .singleElement()
                .asString()
                .startsWith("/evaluation/strengths");
    }

    @Test
    void accepts_empty_strengths_and_improvements() {
        var reply = validReply();
        evaluation(reply).putArray("strengths");
        evaluation(reply).putArray("improvements");

        assertThat(validator.validate(MAPPER.writeValueAsString(reply))).isInstanceOf(Valid.class);
    }

    @Test
    void rejects_a_missing_evaluation_or_dimension() {
        var noEvaluation = validReply();
        noEvaluation.remove("evaluation");
        var noGrammar = validReply();
        evaluation(noGrammar).remove("grammar");

        assertThat(errors(validator.validate(MAPPER.writeValueAsString(noEvaluation))))
                .singleElement()
                .asString()
                .contains("evaluation");
        assertThat(errors(validator.validate(MAPPER.writeValueAsString(noGrammar))))
                .singleElement()
                .asString()
                .contains("grammar");
    }

    @Test
    void non_json_gives_one_message_that_does_not_echo_the_reply() {
        assertThat(errors(validator.validate("I think the candidate deserves excellent everywhere")))
                .singleElement()
                .asString()
                .isEqualTo(
                        "the reply is not valid JSON (line 1, column 1): reply with one JSON object and nothing else");
    }

    @Test
    void an_empty_reply_is_invalid() {
        assertThat(errors(validator.validate("  \n"))).containsExactly("the reply is empty: expected one JSON object");
    }

    @Test
    void a_json_value_that_is_not_an_object_is_invalid() {
        assertThat(errors(validator.validate("[]"))).singleElement().asString().contains("object");
    }

    @Test
    void duplicate_keys_are_invalid() {
        var json = validReplyJson().replaceFirst("\\{", "{\"interviewer_text\":\"first\",");

        assertThat(errors(validator.validate(json)))
                .singleElement()
                .asString()
                .startsWith("the reply is not valid JSON");
    }

    @Test
    void reports_at_most_ten_errors() {
        var reply = validReply();
        for (int i = 0; i < 15; i++) {
            reply.put("extra" + i, i);
        }

        assertThat(errors(validator.validate(MAPPER.writeValueAsString(reply))))
                .hasSize(ReplyValidator.MAX_ERRORS + 1)
                .last()
                .isEqualTo("and 5 more schema errors");
    }
}
