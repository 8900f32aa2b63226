package com.mockmate.interview.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.llm.ModelEvaluation;
import com.mockmate.llm.RequestedAction;
import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.Rating;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerEvaluationsTest {

    @Test
    void keeps_every_rating_and_remark_of_the_model() {
        var reply = new ModelEvaluation(
                new DimensionRating(Rating.GOOD, "t"),
                new DimensionRating(Rating.FAIR, "d"),
                new DimensionRating(Rating.EXCELLENT, "c"),
                new DimensionRating(Rating.POOR, "g"),
                List.of("clear"),
                List.of("examples"),
                RequestedAction.FOLLOW_UP);

        var evaluation = AnswerEvaluations.of(reply);

        assertThat(evaluation.technical()).isEqualTo(reply.technical());
        assertThat(evaluation.depth()).isEqualTo(reply.depth());
        assertThat(evaluation.communication()).isEqualTo(reply.communication());
        assertThat(evaluation.grammar()).isEqualTo(reply.grammar());
        assertThat(evaluation.strengths()).containsExactly("clear");
        assertThat(evaluation.improvements()).containsExactly("examples");
        assertThat(evaluation.nextAction().name()).isEqualTo("FOLLOW_UP");
    }

    @Test
    void maps_each_requested_action_to_the_action_of_the_same_name() {
        for (var requested : RequestedAction.values()) {
            assertThat(AnswerEvaluations.requested(requested).name()).isEqualTo(requested.name());
            assertThat(AnswerEvaluations.requested(requested).wireName()).isEqualTo(requested.wireName());
        }
    }
}
