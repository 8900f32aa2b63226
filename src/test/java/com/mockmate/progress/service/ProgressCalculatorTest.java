package com.mockmate.progress.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.interview.service.ScoreHistory.Dimensions;
import com.mockmate.interview.service.ScoreHistory.TopicScore;
import com.mockmate.interview.service.ScoreHistory.WeakKeyPoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressCalculatorTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final UUID JAVA = UUID.randomUUID();

    final ProgressCalculator calculator = new ProgressCalculator(ZONE, TODAY);

    @Test
    void the_trend_is_the_least_squares_slope_of_the_last_five() {
        assertThat(ProgressCalculator.trend(decimals(10, 50, 60, 60, 70, 80))).isEqualByComparingTo("7");
        assertThat(ProgressCalculator.trend(decimals(80, 60))).isEqualByComparingTo("-20");
        assertThat(ProgressCalculator.trend(decimals(70))).isNull();
    }

    @Test
    void a_streak_lives_on_through_a_day_without_an_interview_yet() {
        var rows = List.of(at(TODAY.minusDays(3)), at(TODAY.minusDays(2)), at(TODAY.minusDays(1)));

        assertThat(calculator.streak(rows).days()).isEqualTo(3);
        assertThat(calculator.streak(List.of(at(TODAY.minusDays(2)))).days()).isZero();
        assertThat(calculator.streak(List.of()).lastActive()).isNull();
    }

    @Test
    void days_are_counted_in_the_applications_time_zone() {
        // 23:30 UTC on 1 December is already 2 December in Berlin.
        var lateEvening = row(Instant.parse("2026-12-01T23:30:00Z"));

        assertThat(calculator.streak(List.of(lateEvening)).lastActive()).isEqualTo(TODAY);
    }

    @Test
    void missed_key_points_group_across_questions_ignoring_case() {
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();
        var now = Instant.parse("2026-12-01T10:00:00Z");
        var missed = ProgressCalculator.missed(List.of(
                new WeakKeyPoint("Describes the specific situation", first, "Tell me about a failure", 1, now),
                new WeakKeyPoint("describes the specific situation ", second, "Tell me about a conflict", 2, now),
                new WeakKeyPoint("quantified result", first, "Tell me about a failure", 1, now.plusSeconds(60))));

        assertThat(missed).hasSize(2);
        assertThat(missed.getFirst().keyPoint()).isEqualTo("Describes the specific situation");
        assertThat(missed.getFirst().misses()).isEqualTo(3);
        assertThat(missed.getFirst().questions())
                .extracting(Progress.QuestionRef::text)
                .containsExactly("Tell me about a conflict", "Tell me about a failure");
    }

    @Test
    void no_interviews_make_empty_progress() {
        var progress = calculator.progress(List.of(), List.of(), ProgressFilter.ALL);

        assertThat(progress.completedSessions()).isZero();
        assertThat(progress.topics()).isEmpty();
        assertThat(progress.streak().days()).isZero();
    }

    private static TopicScore at(LocalDate day) {
        return row(day.atTime(12, 0).atZone(ZONE).toInstant());
    }

    private static TopicScore row(Instant completedAt) {
        var score = BigDecimal.valueOf(70);
        return new TopicScore(
                UUID.randomUUID(),
                completedAt,
                score,
                JAVA,
                "Java",
                1,
                new Dimensions(score, score, score, score, score));
    }

    private static List<BigDecimal> decimals(int... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
