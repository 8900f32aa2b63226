package com.mockmate.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.language.KeyPointCoverage;
import com.mockmate.llm.offline.OfflineInterviewer;
import com.mockmate.scoring.DimensionRating;
import com.mockmate.scoring.Rating;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The suite against the embedded offline evaluator, part of every build, plus what only the offline rubric promises
 * exactly: its wording and the ratings it gives an answer with nothing in it.
 */
class OfflineSimulatedCandidatesTest extends SimulatedCandidateSuite {

    private static final Pattern COVERED_COUNT = Pattern.compile("^Covered (\\d+) of (\\d+) key points");

    @Override
    InterviewerModel model() {
        return new OfflineInterviewer(new KeyPointCoverage(), GRAMMAR);
    }

    @Test
    void rates_every_dimension_of_a_no_content_answer_none_and_moves_on() {
        assertThat(graded(answer -> answer.candidate().noContent())).allSatisfy(answer -> {
            var evaluation = answer.evaluated().evaluation();
            assertThat(List.of(
                            evaluation.technical().rating(),
                            evaluation.depth().rating(),
                            evaluation.communication().rating(),
                            evaluation.grammar().rating()))
                    .as(describe(answer))
                    .containsOnly(Rating.NONE);
            assertThat(evaluation.nextAction()).as(describe(answer)).isNotEqualTo(RequestedAction.FOLLOW_UP);
        });
    }

    @Test
    void rates_every_vague_answer_technically_poor() {
        assertThat(graded(answer -> answer.candidate() == ScriptedCandidate.VAGUE))
                .allSatisfy(answer -> assertThat(
                                answer.evaluated().evaluation().technical().rating())
                        .as(describe(answer))
                        .isEqualTo(Rating.POOR));
    }

    @Test
    void asks_an_unfinished_story_for_its_result_or_its_lesson() {
        assertThat(graded(answer -> answer.candidate() == ScriptedCandidate.UNFINISHED_STORY))
                .isNotEmpty()
                .allSatisfy(answer -> {
                    var reply = answer.evaluated();
                    assertThat(reply.evaluation().nextAction()).isEqualTo(RequestedAction.FOLLOW_UP);
                    assertThat(reply.interviewerText())
                            .as(describe(answer))
                            .containsAnyOf("How did it turn out in the end?", "what did you take away from it");
                });
    }

    @Test
    void names_as_many_covered_key_points_as_it_counts_in_the_justification_and_the_strengths() {
        for (var answer :
                graded(answer -> answer.evaluated().evaluation().technical().rating() != Rating.NONE)) {
            var evaluation = answer.evaluated().evaluation();
            var justification = evaluation.technical().justification();
            var count = COVERED_COUNT.matcher(justification);
            assertThat(count.find()).as(justification).isTrue();
            int covered = Integer.parseInt(count.group(1));
            var named = answer.question().facts().keyPoints().stream()
                    .filter(keyPoint -> justification.contains("\"" + keyPoint + "\" in \""))
                    .count();
            var listed = answer.question().facts().keyPoints().stream()
                    .filter(keyPoint -> evaluation.strengths().stream()
                            .anyMatch(item -> item.startsWith("Covered: ") && item.contains(keyPoint)))
                    .count();
            assertThat(named).as(describe(answer)).isEqualTo(covered);
            assertThat(listed).as(describe(answer)).isEqualTo(covered);
        }
    }

    @Test
    void quotes_only_the_answers_own_words_at_most_three_per_dimension_and_nothing_for_nothing_to_judge() {
        assertThat(graded()).hasSameSizeAs(answers);
        for (var answer : graded()) {
            var evaluation = answer.evaluated().evaluation();
            for (var dimension : List.of(
                    evaluation.technical(), evaluation.depth(), evaluation.communication(), evaluation.grammar())) {
                assertThat(dimension.evidence())
                        .as(describe(answer))
                        .hasSizeLessThanOrEqualTo(DimensionRating.MAX_EVIDENCE)
                        .allSatisfy(quote -> assertThat(answer.answer()).contains(quote))
                        .allSatisfy(
                                quote -> assertThat(quote).hasSizeLessThanOrEqualTo(DimensionRating.MAX_QUOTE_CHARS));
                if (dimension.rating() == Rating.NONE) {
                    assertThat(dimension.evidence()).as(describe(answer)).isEmpty();
                }
            }
            if (!evaluation.technical().justification().startsWith("Covered 0")
                    && evaluation.technical().justification().startsWith("Covered ")) {
                assertThat(evaluation.technical().evidence())
                        .as("the sentences that cover key points, " + describe(answer))
                        .isNotEmpty();
            }
        }
    }
}
