package com.mockmate.llm.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.KeyPointQuotes;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FollowUpQuestionTest {

    @Test
    void asks_about_the_kind_of_thing_that_is_missing_without_its_words() {
        var followUp = FollowUpQuestion.about("race condition causes lost updates");

        assertThat(followUp).isEqualTo(FollowUpQuestion.LEAD + FollowUpAspect.FAILURE.question());
        assertThat(followUp).doesNotContain("lost updates", "race");
    }

    @Test
    void never_quotes_the_words_of_a_key_point_it_asks_about() {
        var followUp = FollowUpQuestion.about("array of buckets indexed by hashCode");

        assertThat(KeyPointQuotes.quoted(
                        "array of buckets indexed by hashCode", followUp, "", "How does a HashMap work?"))
                .isEmpty();
        assertThat(followUp).doesNotContain("indexed by hashCode", "buckets");
    }

    @Test
    void asks_a_story_for_its_missing_result_before_anything_else() {
        var missed = List.of("listened to their perspective", "describes the outcome", "reflection on what to do");

        assertThat(FollowUpQuestion.choose(missed)).isEqualTo("describes the outcome");
        assertThat(FollowUpQuestion.about("quantified result")).contains("turn out", "numbers");
        assertThat(FollowUpQuestion.about("reflection on what to do differently"))
                .contains("take away");
    }

    @Test
    void never_repeats_any_seeded_key_point_verbatim() throws IOException {
        try (var in = getClass().getResourceAsStream("/seed/sample-catalog.json")) {
            for (JsonNode topic : SeededQuestions.JSON.readTree(in).get("topics")) {
                for (JsonNode question : topic.get("questions")) {
                    var questionText = question.get("text").asString();
                    for (JsonNode keyPoint : question.get("keyPoints")) {
                        var followUp = FollowUpQuestion.about(keyPoint.asString());

                        assertThat(followUp.toLowerCase(Locale.ROOT))
                                .doesNotContain(keyPoint.asString().toLowerCase(Locale.ROOT))
                                .endsWith("?");
                        assertThat(KeyPointQuotes.quoted(keyPoint.asString(), followUp, "", questionText))
                                .as("%s asked as %s", keyPoint.asString(), followUp)
                                .isEmpty();
                        assertThat(followUp.length()).isLessThan(200);
                    }
                }
            }
        }
    }
}
