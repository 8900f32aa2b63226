package com.mockmate.interview.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.summary.SessionSummarizer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary never praises and criticises the same thing. */
class SessionAdviceTest {

    @Test
    void the_remark_made_about_more_answers_wins() {
        var advice = SessionSummarizer.Advice.consistent(
                counts("Weighed trade-offs and limitations.", 3L, "Backed the answer with a concrete example.", 1L),
                counts(
                        "Discuss trade-offs or limitations of the approach.",
                        1L,
                        "Add a concrete example, e.g. from a project you worked on.",
                        2L));

        assertThat(advice.strengths()).containsExactly("Weighed trade-offs and limitations.");
        assertThat(advice.improvements()).containsExactly("Add a concrete example, e.g. from a project you worked on.");
    }

    @Test
    void on_a_tie_the_improvement_stays() {
        var advice = SessionSummarizer.Advice.consistent(
                counts("Explained the reasons behind the points.", 1L),
                counts("Say why, not only what: explain the reasoning behind each point.", 1L));

        assertThat(advice.strengths()).isEmpty();
        assertThat(advice.improvements()).hasSize(1);
    }

    @Test
    void unrelated_remarks_both_stay() {
        var advice = SessionSummarizer.Advice.consistent(
                counts("Covered: hashing picks the bucket", 1L, "Accurate English throughout.", 2L),
                counts(
                        "Explain more about the aspects not yet covered.",
                        1L,
                        "Be more concise: lead with the key ideas.",
                        1L));

        assertThat(advice.strengths()).hasSize(2);
        assertThat(advice.improvements()).hasSize(2);
    }

    @Test
    void a_skipped_question_counts_as_zero_and_an_unscored_one_is_left_out() {
        assertThat(QuestionScores.total(java.util.List.of(new java.math.BigDecimal("80")), 3))
                .isEqualByComparingTo("20.00");
        assertThat(QuestionScores.total(java.util.List.of(), 3)).isNull();
        assertThat(QuestionScores.shown(new java.math.BigDecimal("44.5"))).isEqualTo("45");
    }

    private static Map<String, Long> counts(Object... pairs) {
        var map = new LinkedHashMap<String, Long>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return map;
    }
}
