package com.mockmate.interview.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.scoring.Rating;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Evaluations stored before the model reply had its own type, or before ratings quoted evidence, must still read; written
 * back they keep every field and gain an empty evidence list, so clients always see the same shape.
 */
class AnswerEvaluationJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A JSONB value as interview_turns.evaluation holds it. */
    private static final String STORED = """
            {"technical": {"rating": "good", "justification": "Covered 3 of 4 key points."},
             "depth": {"rating": "fair", "justification": "d"},
             "communication": {"rating": "excellent", "justification": "c"},
             "grammar": {"rating": "poor", "justification": "g"},
             "strengths": ["clear"], "improvements": ["examples"], "next_action": "next_question"}""";

    @Test
    void reads_a_stored_evaluation_and_writes_it_back_with_empty_evidence() {
        var evaluation = JSON.readValue(STORED, AnswerEvaluation.class);

        assertThat(evaluation.technical().rating()).isEqualTo(Rating.GOOD);
        assertThat(evaluation.grammar().rating()).isEqualTo(Rating.POOR);
        assertThat(evaluation.strengths()).containsExactly("clear");
        assertThat(evaluation.nextAction()).isEqualTo(NextAction.NEXT_QUESTION);
        var expected = (ObjectNode) JSON.readTree(STORED);
        for (var dimension : new String[] {"technical", "depth", "communication", "grammar"}) {
            ((ObjectNode) expected.get(dimension)).putArray("evidence");
        }
        assertThat(JSON.readTree(JSON.writeValueAsString(evaluation))).isEqualTo(expected);
    }

    @Test
    void every_next_action_keeps_its_wire_name() {
        assertThat(NextAction.values())
                .extracting(NextAction::wireName)
                .containsExactly("follow_up", "next_question", "end");
        assertThat(NextAction.fromWire("follow_up")).isEqualTo(NextAction.FOLLOW_UP);
    }
}
