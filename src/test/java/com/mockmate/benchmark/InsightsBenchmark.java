package com.mockmate.benchmark;

import com.mockmate.profile.job.ProfileInsightsJob;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.CleanDatabaseExtension;
import com.mockmate.support.ScoredInterviews;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test: a benchmark that prints figures. The profile's insight job (what runs after every completed interview)
 * for a candidate with 200 completed sessions over four topics: it reads the whole history, recomputes levels,
 * trends, delivery and milestones, and stores them. Run with {@code ./mvnw -Pbench verify}; {@code
 * -Dbench.insightRuns} changes how many runs are timed.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.com.mockmate=warn")
@ActiveProfiles("test")
@ExtendWith(CleanDatabaseExtension.class)
class InsightsBenchmark {

    static final int RUNS = Integer.getInteger("bench.insightRuns", 100);
    static final int WARMUP = 30;
    static final int SESSIONS = 200;
    static final String[] TOPICS = {"Java", "SQL & Databases", "System Design", "Behavioural"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ProfileInsightsJob job;

    @Test
    void insight_job_for_a_candidate_with_200_sessions() {
        var api = new ApiClient(port);
        var history = new ScoredInterviews(jdbc);
        var candidate = Accounts.register(api, "bench.insights");
        var questions = Arrays.stream(TOPICS).map(t -> history.question(t, 0)).toList();
        UUID last = null;
        for (int i = 0; i < SESSIONS; i++) {
            var at = clock.instant().minus(Duration.ofHours(11L * (SESSIONS - i)));
            double base = 40 + (i * 45.0 / SESSIONS);
            last = history.completed(
                    candidate.id(),
                    at,
                    questions.get(i % 4).answered("fair", base, base + 2, base - 5, base + 4, base + 6),
                    questions.get((i + 1) % 4).answered("good", base + 5, base + 6, base, base + 8, base + 9));
        }
        var session = last;
        for (int i = 0; i < WARMUP; i++) {
            job.recompute(candidate.id(), session);
        }
        var micros = new ArrayList<Long>();
        for (int i = 0; i < RUNS; i++) {
            var started = System.nanoTime();
            job.recompute(candidate.id(), session);
            micros.add((System.nanoTime() - started) / 1_000);
        }
        micros.sort(null);
        var sessions = jdbc.queryForObject(
                "SELECT content->>'sessions' FROM profile_insights WHERE user_id = ?", String.class, candidate.id());

        System.out.println();
        System.out.println("=== Insight job benchmark (" + RUNS + " timed runs after " + WARMUP + " warm-up) ===");
        System.out.printf(
                Locale.ROOT,
                "insight job, %s sessions                 p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms%n",
                sessions,
                percentile(micros, 50),
                percentile(micros, 95),
                micros.getLast() / 1000.0);
        System.out.println();
    }

    private static double percentile(List<Long> sorted, int p) {
        var index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
