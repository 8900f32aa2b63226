package com.mockmate.llm.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.language.KeyPointCoverage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FollowUpQuestionTest {

    private final KeyPointCoverage coverage = new KeyPointCoverage();

    @Test
    void hints_at_a_missed_key_point_with_words_the_question_did_not_use() {
        var followUp = FollowUpQuestion.about(
                "race condition causes lost updates",
                List.of("Two threads each increment a shared int counter a million times. Why?"),
                coverage);

        assertThat(followUp)
                .isEqualTo("You didn't touch on one part yet: how would \"lost updates\" come into play here?");
    }

    @Test
    void asks_without_naming_anything_when_a_hint_would_give_the_key_point_away() {
        var followUp = FollowUpQuestion.about(
                "override equals and hashCode together",
                List.of("What is the contract between equals and hashCode in Java?"),
                coverage);

        assertThat(followUp).isEqualTo(FollowUpQuestion.GENERIC);
    }

    @Test
    void never_repeats_any_seeded_key_point_verbatim() throws IOException {
        try (var in = getClass().getResourceAsStream("/seed/sample-catalog.json")) {
            for (JsonNode topic : SeededQuestions.JSON.readTree(in).get("topics")) {
                for (JsonNode question : topic.get("questions")) {
                    var questionText = question.get("text").asString();
                    for (JsonNode keyPoint : question.get("keyPoints")) {
                        var followUp = FollowUpQuestion.about(keyPoint.asString(), List.of(questionText), coverage);

                        assertThat(followUp.toLowerCase(Locale.ROOT))
                                .doesNotContain(keyPoint.asString().toLowerCase(Locale.ROOT))
                                .endsWith("?");
                        assertThat(followUp.length()).isLessThan(200);
                    }
                }
            }
        }
    }
}
