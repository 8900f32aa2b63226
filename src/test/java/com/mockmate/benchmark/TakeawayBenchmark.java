package com.mockmate.benchmark;

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
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test: a benchmark that prints figures. What a candidate opens after interviews, over HTTP with a JWT as a
 * client would: the report of a 16-answer session (every answer a full reference-length text, so key-point evidence
 * does real work) and the progress of a user with 200 completed sessions. Target: p95 below 100 ms each. Run with
 * {@code ./mvnw -Pbench verify}; {@code -Dbench.takeawayRequests} changes how many requests are timed.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.com.mockmate=warn")
@ActiveProfiles("test")
@ExtendWith(CleanDatabaseExtension.class)
class TakeawayBenchmark {

    static final int REQUESTS = Integer.getInteger("bench.takeawayRequests", 300);
    static final int WARMUP = 100;
    static final int REPORT_ANSWERS = 16;
    static final int PROGRESS_SESSIONS = 200;
    static final String[] TOPICS = {"Java", "SQL & Databases", "System Design", "Behavioural"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void report_of_16_answers_and_progress_of_200_sessions() {
        var api = new ApiClient(port);
        var history = new ScoredInterviews(jdbc);

        var reader = Accounts.register(api, "bench.report");
        var readerToken = Accounts.login(api, reader).accessToken();
        var answers = new ArrayList<ScoredInterviews.Answer>();
        for (int i = 0; i < REPORT_ANSWERS; i++) {
            var question = history.question(TOPICS[i % TOPICS.length], i / TOPICS.length);
            answers.add(question.answered("good", 78, 80, 70, 82, 85).saying(question.referenceAnswer()));
        }
        var reportSession =
                history.completed(reader.id(), clock.instant(), answers.toArray(ScoredInterviews.Answer[]::new));

        var regular = Accounts.register(api, "bench.progress");
        var regularToken = Accounts.login(api, regular).accessToken();
        var questions = Arrays.stream(TOPICS).map(t -> history.question(t, 0)).toList();
        for (int i = 0; i < PROGRESS_SESSIONS; i++) {
            var at = clock.instant().minus(Duration.ofHours(11L * (PROGRESS_SESSIONS - i)));
            double base = 40 + (i * 45.0 / PROGRESS_SESSIONS);
            history.completed(
                    regular.id(),
                    at,
                    questions.get(i % 4).answered("fair", base, base + 2, base - 5, base + 4, base + 6),
                    questions.get((i + 1) % 4).answered("good", base + 5, base + 6, base, base + 8, base + 9));
        }

        var report = measure(() -> api.get("/api/v1/sessions/" + reportSession + "/report", readerToken)
                .status());
        var progress =
                measure(() -> api.get("/api/v1/users/me/progress", regularToken).status());
        var topicId = questions.getFirst().topicId();
        var filtered = measure(() -> api.get("/api/v1/users/me/progress?topicId=" + topicId, regularToken)
                .status());

        System.out.println();
        System.out.println("=== Takeaway benchmark (" + REQUESTS + " timed requests each, after " + WARMUP
                + " warm-up; target p95 < 100 ms) ===");
        print("report, 16 answers", report);
        print("progress, 200 sessions", progress);
        print("progress, 200 sessions, one topic", filtered);
        System.out.println();
    }

    private static List<Long> measure(Supplier<Integer> request) {
        for (int i = 0; i < WARMUP; i++) {
            check(request.get());
        }
        var micros = new ArrayList<Long>();
        for (int i = 0; i < REQUESTS; i++) {
            var started = System.nanoTime();
            check(request.get());
            micros.add((System.nanoTime() - started) / 1_000);
        }
        micros.sort(null);
        return micros;
    }

    private static void check(int status) {
        if (status != 200) {
            throw new IllegalStateException("The benchmark's request answered " + status);
        }
    }

    private static void print(String what, List<Long> sorted) {
        System.out.printf(
                Locale.ROOT,
                "%-36s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   %s%n",
                what,
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted.getLast() / 1000.0,
                percentile(sorted, 95) < 100 ? "within target" : "OVER TARGET");
    }

    private static double percentile(List<Long> sorted, int p) {
        var index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
