package com.mockmate.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPointCoverageTest {

    private static final String HASHMAP_QUESTION =
            "Can you explain how a HashMap works internally when you call put and get?";
    private static final List<String> HASHMAP_KEY_POINTS = List.of(
            "array of buckets indexed by hashCode",
            "equals resolves keys within a bucket",
            "linked list or tree bins on collision",
            "resize when load factor 0.75 exceeded",
            "average O(1) get and put");

    private final KeyPointCoverage coverage = new KeyPointCoverage();

    @Test
    void matches_synonyms_and_spellings_of_the_same_term() {
        var result = coverage.measure(
                "The hash map keeps an array of buckets and the hash code picks the bucket index.",
                List.of("array of buckets indexed by hashCode"),
                List.of());

        assertThat(result.covered()).containsExactly("array of buckets indexed by hashCode");
    }

    @Test
    void matches_multi_word_synonyms_and_abbreviations() {
        var result = coverage.measure(
                "An LB routes at L4 or L7, and a DB transaction holds a mutex.",
                List.of("load balancer", "layer 4 versus layer 7 routing", "database txn", "lock", "sticky sessions"),
                List.of());

        assertThat(result.covered())
                .containsExactly("load balancer", "layer 4 versus layer 7 routing", "database txn", "lock");
        assertThat(result.missed()).containsExactly("sticky sessions");
    }

    @Test
    void matches_inflections_through_stemming() {
        var result = coverage.measure(
                "You should index the columns used in joins; indices on where clauses and ordering help too.",
                List.of("index WHERE, JOIN and ORDER BY columns", "extra storage per indexes"),
                List.of());

        assertThat(result.covered()).containsExactly("index WHERE, JOIN and ORDER BY columns");
        assertThat(result.missed()).containsExactly("extra storage per indexes");
    }

    @Test
    void matches_camel_case_terms_written_as_separate_words_and_big_o_notation() {
        var result = coverage.measure(
                "Parallel streams run on the common fork join pool, and lookups take constant time on average.",
                List.of("parallel streams share common ForkJoinPool", "average O(1) lookups"),
                List.of());

        assertThat(result.covered()).hasSize(2);
    }

    @Test
    void folds_british_spellings() {
        var result = coverage.measure(
                "I prioritised by impact and risk, those were my prioritisation criteria.",
                List.of("clear prioritization criteria like impact and risk"),
                List.of());

        assertThat(result.ratio()).isEqualTo(1.0);
    }

    @Test
    void reports_partial_coverage_with_its_ratio() {
        var result = coverage.measure(
                "Keys go into an array of buckets chosen by the hashCode, and equals finds the right key in a bucket.",
                HASHMAP_KEY_POINTS,
                List.of(HASHMAP_QUESTION));

        assertThat(result.covered())
                .containsExactly("array of buckets indexed by hashCode", "equals resolves keys within a bucket");
        assertThat(result.missed()).hasSize(3);
        assertThat(result.ratio()).isEqualTo(0.4);
        assertThat(result.total()).isEqualTo(5);
    }

    @Test
    void an_empty_answer_covers_nothing() {
        var result = coverage.measure("", HASHMAP_KEY_POINTS, List.of(HASHMAP_QUESTION));

        assertThat(result.covered()).isEmpty();
        assertThat(result.missed()).isEqualTo(HASHMAP_KEY_POINTS);
        assertThat(result.ratio()).isZero();
    }

    @Test
    void a_question_without_key_points_has_zero_coverage() {
        assertThat(coverage.measure("Anything at all.", List.of(), List.of()).ratio())
                .isZero();
    }

    @Test
    void repeating_the_question_covers_nothing_even_where_a_key_point_uses_question_words() {
        var result = coverage.measure(HASHMAP_QUESTION, HASHMAP_KEY_POINTS, List.of(HASHMAP_QUESTION));

        assertThat(result.covered()).isEmpty();
    }

    @Test
    void question_words_in_a_real_answer_do_not_hurt_it() {
        var result = coverage.measure(
                "When you call put and get, a HashMap does both in O(1) time on average.",
                List.of("average O(1) get and put"),
                List.of(HASHMAP_QUESTION));

        assertThat(result.ratio()).isEqualTo(1.0);
    }

    @Test
    void a_key_point_made_only_of_question_words_needs_more_than_an_echo() {
        var question = "What do equals and hashCode promise each other?";
        var keyPoint = "equals and hashCode";

        var echo = coverage.measure("Equals and hashCode.", List.of(keyPoint), List.of(question));
        var answer = coverage.measure(
                "Equal objects must return the same hashCode, so override equals and hashCode together.",
                List.of(keyPoint),
                List.of(question));

        assertThat(echo.covered()).isEmpty();
        assertThat(answer.covered()).containsExactly(keyPoint);
    }

    @Test
    void needs_at_least_sixty_percent_of_a_key_points_terms() {
        assertThat(KeyPointCoverage.required(1)).isEqualTo(1);
        assertThat(KeyPointCoverage.required(2)).isEqualTo(2);
        assertThat(KeyPointCoverage.required(3)).isEqualTo(2);
        assertThat(KeyPointCoverage.required(5)).isEqualTo(3);
    }

    @Test
    void ignores_unicode_disguises() {
        var result = coverage.measure(
                "Ｂｕｃｋｅｔｓ in an аrrау indexed by hash\u200Bcode.",
                List.of("array of buckets indexed by hashCode"),
                List.of());

        assertThat(result.ratio()).isEqualTo(1.0);
    }
}
