package com.mockmate.interview.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.SpokenAnswer;
import com.mockmate.speech.DeliveryMetrics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliverySummaryTest {

    @Test
    void typed_interviews_have_no_delivery_summary() {
        var typed =
                new InterviewTurn(UUID.randomUUID(), UUID.randomUUID(), 1, 1, 0, "Q", "c1", "An answer", Instant.now());

        assertThat(DeliverySummary.of(List.of(typed))).isEmpty();
    }

    @Test
    void a_fast_speaker_with_many_fillers_is_told_both() {
        var summary = DeliverySummary.of(List.of(
                        spoken(new DeliveryMetrics(30, 190, 4, List.of("um", "you know"), 0, false)),
                        spoken(new DeliveryMetrics(30, 200, 3, List.of("um"), 1, false))))
                .orElseThrow();

        assertThat(summary)
                .containsEntry("spokenAnswers", 2)
                .containsEntry("averageWordsPerMinute", 195.0)
                .containsEntry("fillerWords", 7)
                .containsEntry("longPauses", 1)
                .containsEntry("commonFillers", List.of("um", "you know"));
        assertThat(advice(summary)).anySatisfy(a -> assertThat(a).startsWith("You spoke fast (195"));
        assertThat(advice(summary)).anySatisfy(a -> assertThat(a).startsWith("Many filler words (7.0 a minute)"));
    }

    @Test
    void a_calm_fluent_speaker_hears_only_that_the_pace_was_comfortable() {
        var summary = DeliverySummary.of(List.of(spoken(new DeliveryMetrics(60, 140, 1, List.of("um"), 0, false))))
                .orElseThrow();

        assertThat(advice(summary)).containsExactly("A comfortable pace (140 words per minute).");
    }

    @Test
    void many_long_pauses_are_mentioned() {
        var summary = DeliverySummary.of(List.of(spoken(new DeliveryMetrics(60, 120, 0, List.of(), 3, false))))
                .orElseThrow();

        assertThat(advice(summary)).anySatisfy(a -> assertThat(a).startsWith("Several long pauses"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> advice(Map<String, Object> summary) {
        return (List<String>) summary.get("advice");
    }

    private static InterviewTurn spoken(DeliveryMetrics delivery) {
        var turn = InterviewTurn.spoken(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                1,
                0,
                "Q",
                "v1",
                SpokenAnswer.recorded("audio/u/s/t.webm", "audio/webm", 100, null, false),
                Instant.now());
        turn.transcribed("an answer", "offline", true, delivery, Instant.now());
        return turn;
    }
}
