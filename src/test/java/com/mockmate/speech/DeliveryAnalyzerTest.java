package com.mockmate.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DeliveryAnalyzerTest {

    private final DeliveryAnalyzer analyzer = new DeliveryAnalyzer();

    private static Transcript untimed(String text, @Nullable Double audioSeconds) {
        return new Transcript(text, List.of(), audioSeconds, "test", false);
    }

    /** One word every {@code step} seconds, each lasting 0.3 s, starting at {@code start}. */
    private static Transcript timed(String text, double start, double step) {
        var words = new ArrayList<TimedWord>();
        double at = start;
        for (var word : text.split(" ")) {
            words.add(new TimedWord(word, at, at + 0.3));
            at += step;
        }
        return new Transcript(text, words, 60.0, "test", false);
    }

    private DeliveryMetrics fillersIn(String text) {
        return analyzer.analyze(untimed(text, 10.0));
    }

    @Test
    void measures_pace_from_the_first_to_the_last_timed_word() {
        // 10 words starting at 1.0 s, 0.5 s apart: the last ends at 1.0 + 9 * 0.5 + 0.3 = 5.8 s.
        var metrics = analyzer.analyze(timed("a hash map stores keys and values in an array", 1.0, 0.5));

        assertThat(metrics.durationSeconds()).isCloseTo(4.8, within(1e-9));
        assertThat(metrics.wordsPerMinute()).isCloseTo(10 * 60 / 4.8, within(1e-9));
        assertThat(metrics.estimated()).isFalse();
    }

    @Test
    void uses_the_recording_length_when_the_provider_gave_no_timings() {
        var metrics = analyzer.analyze(untimed("one two three four five six seven eight nine ten", 4.0));

        assertThat(metrics.durationSeconds()).isEqualTo(4.0);
        assertThat(metrics.wordsPerMinute()).isEqualTo(150.0);
        assertThat(metrics.longPauses()).isZero();
        assertThat(metrics.estimated()).isTrue();
    }

    @Test
    void assumes_a_conversational_pace_when_neither_timings_nor_length_are_known() {
        var metrics = analyzer.analyze(untimed("one two three four five six seven eight nine ten", null));

        assertThat(metrics.durationSeconds()).isEqualTo(4.0);
        assertThat(metrics.wordsPerMinute()).isEqualTo(DeliveryAnalyzer.ASSUMED_WORDS_PER_MINUTE);
        assertThat(metrics.estimated()).isTrue();
    }

    @Test
    void an_empty_transcript_has_no_pace_and_no_fillers() {
        var metrics = analyzer.analyze(untimed("", 3.5));

        assertThat(metrics.durationSeconds()).isEqualTo(3.5);
        assertThat(metrics.wordsPerMinute()).isZero();
        assertThat(metrics.fillerWordCount()).isZero();
        assertThat(metrics.fillers()).isEmpty();
        assertThat(metrics.longPauses()).isZero();
    }

    @Test
    void an_empty_transcript_of_unknown_length_lasts_zero_seconds() {
        var metrics = analyzer.analyze(untimed("  ", null));

        assertThat(metrics.durationSeconds()).isZero();
        assertThat(metrics.wordsPerMinute()).isZero();
    }

    @Test
    void counts_gaps_of_at_least_the_threshold_as_long_pauses() {
        var words = List.of(
                new TimedWord("first", 0.0, 0.4),
                new TimedWord("second", 2.4, 2.8), // gap of exactly 2.0 s counts
                new TimedWord("third", 4.7, 5.0), // 1.9 s does not
                new TimedWord("fourth", 9.0, 9.5)); // 4.0 s counts
        var metrics = analyzer.analyze(new Transcript("first second third fourth", words, 10.0, "test", false));

        assertThat(metrics.longPauses()).isEqualTo(2);
        assertThat(metrics.durationSeconds()).isEqualTo(9.5);
    }

    @Test
    void counts_hesitation_sounds_in_any_spelling_most_frequent_first() {
        var metrics = fillersIn("Uh, so the, umm, map... Um, it hashes. Uhm, hmm, er, right? Erm, ahh.");

        assertThat(metrics.fillerWordCount()).isEqualTo(8);
        assertThat(metrics.fillers()).containsExactly("um", "uh", "hmm", "er", "erm", "ah");
    }

    @Test
    void counts_a_multi_word_filler_once() {
        var metrics = fillersIn("So you know the tree is balanced, I mean, mostly, you know.");

        assertThat(metrics.fillerWordCount()).isEqualTo(3);
        assertThat(metrics.fillers()).containsExactly("you know", "i mean");
    }

    @Test
    void does_not_count_you_know_or_i_mean_when_they_are_meant_literally() {
        var metrics = fillersIn("If you know the size, preallocate. Do you know why? What I mean is that I mean that.");

        assertThat(metrics.fillerWordCount()).isZero();
    }

    @Test
    void counts_kind_of_and_sort_of_as_hedges_but_not_as_nouns() {
        var hedges = fillersIn("It's kind of slow and we sort of cached it.");
        var nouns = fillersIn("What kind of index is this? A special sort of tree, this kind of thing.");

        assertThat(hedges.fillers()).containsExactly("kind of", "sort of");
        assertThat(nouns.fillerWordCount()).isZero();
    }

    @Test
    void counts_like_only_when_punctuation_sets_it_off() {
        var filler = fillersIn("It was, like, really slow. Like, the whole page, like.");
        var verbsAndComparisons = fillersIn("I would like to use things like arrays, like Java does.");
        var unpunctuated = fillersIn("it was like really slow like the whole page");

        assertThat(filler.fillerWordCount()).isEqualTo(3);
        assertThat(verbsAndComparisons.fillerWordCount()).isZero();
        assertThat(unpunctuated.fillerWordCount()).isZero();
    }

    @Test
    void counts_basically_but_not_actually_or_literally() {
        var metrics = fillersIn("Basically, what actually happens is literally a copy.");

        assertThat(metrics.fillers()).containsExactly("basically");
    }

    @Test
    void reads_curly_apostrophes_like_straight_ones() {
        var metrics = fillersIn("If you don’t you know, it’s kind of slow.");

        assertThat(metrics.fillers()).containsExactly("kind of");
    }

    @Test
    void fillers_count_as_words_for_the_pace() {
        var metrics = analyzer.analyze(untimed("um uh the map", 2.0));

        assertThat(metrics.wordsPerMinute()).isEqualTo(120.0);
        assertThat(metrics.fillerWordCount()).isEqualTo(2);
    }

    /** A corrected transcript of 12 words over the measured 10 seconds is 72 words a minute, not the recogniser's 216. */
    @Test
    void a_confirmed_transcript_is_recounted_with_the_measured_timings() {
        var measured = new DeliveryMetrics(10, 216, 4, List.of("um", "like"), 1, false);

        var recounted = analyzer.recount(measured, "Hash map stores entries in buckets, um, picked by the key's hash.");

        assertThat(recounted.durationSeconds()).isEqualTo(10);
        assertThat(recounted.longPauses()).isEqualTo(1);
        assertThat(recounted.wordsPerMinute()).isEqualTo(72.0);
        assertThat(recounted.fillerWordCount()).isEqualTo(1);
        assertThat(recounted.fillers()).containsExactly("um");
        assertThat(recounted.estimated()).isFalse();
    }
}
