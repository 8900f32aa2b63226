package com.mockmate.benchmark;

import com.mockmate.interview.evaluation.EvaluationLatency;
import com.mockmate.llm.InterviewerModel;
import com.mockmate.llm.ModelCompletion;
import com.mockmate.llm.ModelRequest;
import com.mockmate.llm.SelectedModel;
import com.mockmate.llm.offline.OfflineInterviewer;
import com.mockmate.security.jwt.JwtService;
import com.mockmate.support.ApiClient;
import com.mockmate.support.CleanDatabaseExtension;
import com.mockmate.support.sql.CountedStatements;
import com.mockmate.support.sql.StatementCounter;
import com.mockmate.user.domain.AuthenticatedUser;
import com.mockmate.user.domain.Role;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test: a benchmark that prints figures. N concurrent candidates answer against a fake model with a fixed
 * 800 ms latency; it prints the latency of a burst of session starts, request latency, orchestration overhead (turn
 * latency minus model latency), accept-to-start latency, turns per second, heap per active session, and the two
 * figures that do not depend on how fast or busy the machine is: CPU milliseconds and SQL statements per answer. Run:
 * {@code ./mvnw -Pbench verify} (see README); {@code -Dbench.sessions}, {@code -Dbench.turns},
 * {@code -Dbench.thinkMillis} and {@code -Dbench.startBurst} change the load.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "mockmate.interview.turns-per-minute=100000",
            "mockmate.interview.llm-calls-per-day=1000000",
            "mockmate.interview.max-concurrent-evaluations=512",
            "spring.datasource.hikari.maximum-pool-size=40",
            // The production default: the test profile re-checks open sockets' accounts every 300 ms.
            "mockmate.jwt.connection-recheck-interval=5s",
            "logging.level.com.mockmate=warn"
        })
@ActiveProfiles("test")
@ExtendWith(CleanDatabaseExtension.class)
@Import(CountedStatements.class)
class InterviewLoadBenchmark {

    static final Duration MODEL_LATENCY = Duration.ofMillis(800);
    static final int SESSIONS = Integer.getInteger("bench.sessions", 200);
    static final int TURNS = Integer.getInteger("bench.turns", 3);
    /**
     * Time a candidate takes to answer after seeing the interviewer's reply, ±50 %: 15–45 s by default. Real spoken or
     * typed answers take a minute or more, so this is already a fast crowd; lower it to stress the server.
     */
    static final long THINK_MILLIS = Long.getLong("bench.thinkMillis", 30_000);
    /**
     * Sessions started all at once, as a class starting an assigned test together; the first {@link #SESSIONS} of them
     * then answer.
     */
    static final int START_BURST = Math.max(Integer.getInteger("bench.startBurst", 200), SESSIONS);
    /**
     * A warm-up before measuring, as JMH does: the first thousands of answers of a fresh JVM run interpreted and
     * profiling code and load LanguageTool's rules, which says nothing about a running server. Warm-up candidates
     * answer {@link #WARMUP_TURNS} questions, set the interview aside and start another, until {@link #WARMUP_ANSWERS}
     * answers are in; then the benchmark waits for the JIT to finish compiling. Its figures are printed separately.
     */
    static final int WARMUP_SESSIONS = Integer.getInteger("bench.warmupSessions", 60);

    static final int WARMUP_ANSWERS = Integer.getInteger("bench.warmupAnswers", 4000);
    /** As many as a measured candidate gives, so that a warm-up interview never completes and queues no report. */
    static final int WARMUP_TURNS = TURNS;
    /** Starts (each set aside again) in the warm-up, so that the burst of starts is measured on compiled code too. */
    static final int WARMUP_STARTS = Integer.getInteger("bench.warmupStarts", 400);
    /** The JIT counts as done when its compiler threads use less than this share of one core over a few seconds. */
    static final double QUIET_COMPILER_SHARE = 0.05;

    static final Duration QUIET_COMPILER_WAIT = Duration.ofMinutes(2);
    static final long WARMUP_THINK_MILLIS = 300;
    /**
     * How candidates learn that an answer was evaluated: "push" (default) listens on the session's WebSocket, as an
     * API client should; "poll" asks for the turn every second, as the benchmark did before 2026-12-03.
     */
    static final boolean AWAIT_PUSH = !"poll".equals(System.getProperty("bench.await", "push"));

    static final String ANSWER = "A hash map hashes the key to a bucket and compares with equals; resizing"
            + " rehashes entries, for example when the load factor is exceeded.";

    private static final HttpClient SOCKETS = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JwtService jwt;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    EvaluationLatency evaluationLatency;

    @Autowired
    StatementCounter statements;

    @TestConfiguration
    static class FixedLatencyModelConfig {

        @Bean
        @Primary
        SelectedModel benchmarkModel(OfflineInterviewer offline) {
            return new SelectedModel(new FixedLatencyModel(offline), "benchmark: offline replies after 800 ms");
        }
    }

    /** The offline evaluator's real reply, delivered after the latency of a hosted model. */
    record FixedLatencyModel(OfflineInterviewer delegate) implements InterviewerModel {
        public String provider() {
            return "offline";
        }

        public String model() {
            return "fixed-800ms";
        }

        public ModelCompletion complete(ModelRequest request) {
            try {
                Thread.sleep(MODEL_LATENCY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return delegate.complete(request);
        }
    }

    @Test
    void concurrent_candidates() throws Exception {
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        var tokens = candidates(START_BURST);
        var api = new ApiClient(port);
        var startLatencies = new ConcurrentLinkedQueue<Long>();
        var requestLatencies = new ConcurrentLinkedQueue<Long>();
        var sessionIds = new String[START_BURST];
        var statuses = new ConcurrentHashMap<Integer, Integer>();
        var samples = new ConcurrentHashMap<Integer, String>();

        var warmupFrom = databaseNow();
        warmUp(api, testId);
        var measuredFrom = databaseNow();

        long heapBefore = usedHeapAfterGc();
        statements.reset();
        long burstCpu = processCpuNanos();
        var burstJitBefore = ThreadKindsCpu.now();
        runConcurrently(indexes(START_BURST), i -> {
            long t0 = System.nanoTime();
            var response = api.post("/api/v1/sessions", Map.of("testId", testId.toString()), tokens.get(i));
            startLatencies.add(System.nanoTime() - t0);
            sessionIds[i] = response.json().get("id").asString();
        });
        burstCpu = processCpuNanos() - burstCpu;
        long burstJitCpu = ThreadKindsCpu.now().jitNanosSince(burstJitBefore);
        long burstStatements = statements.count();
        long heapPerSession = (usedHeapAfterGc() - heapBefore) / START_BURST;

        var waiters = new TurnWaiter[SESSIONS];
        runConcurrently(indexes(SESSIONS), i -> waiters[i] = waiter(api, tokens.get(i), sessionIds[i]));

        statements.reset();
        long answersCpu = processCpuNanos();
        long answersJit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        var threadsBefore = ThreadKindsCpu.now();
        long answersGc = gcMillis();
        var answersFrom = java.time.Instant.now();
        long started = System.nanoTime();
        runConcurrently(indexes(SESSIONS), i -> {
            for (int turn = 1; turn <= TURNS; turn++) {
                pause(THINK_MILLIS / 2 + (long) (Math.random() * THINK_MILLIS));
                if (!answer(
                        api,
                        tokens.get(i),
                        sessionIds[i],
                        "bench-" + turn,
                        waiters[i],
                        requestLatencies,
                        statuses,
                        samples)) {
                    return;
                }
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        answersCpu = processCpuNanos() - answersCpu;
        answersJit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - answersJit;
        var byThread = ThreadKindsCpu.now().nanosSince(threadsBefore);
        long answersJitCpu = byThread.getOrDefault(ThreadKindsCpu.Kind.JIT, 0L);
        long grammarCpu = byThread.getOrDefault(ThreadKindsCpu.Kind.GRAMMAR, 0L);
        answersGc = gcMillis() - answersGc;
        var answersTo = java.time.Instant.now();
        Arrays.stream(waiters).forEach(TurnWaiter::close);
        long answerStatements = statements.count();

        var warmupOverhead = overheadOfTurnsBetween(warmupFrom, measuredFrom);
        var turnLatencies = jdbc.queryForList(
                "SELECT extract(epoch FROM (evaluated_at - created_at)) * 1000 FROM interview_turns"
                        + " WHERE status = 'EVALUATED' AND created_at >= ?",
                Double.class,
                measuredFrom);
        var overhead =
                turnLatencies.stream().map(ms -> ms - MODEL_LATENCY.toMillis()).toList();
        var startDelay = evaluationLatency.startDelay().takeSnapshot().percentileValues();
        var evaluated = turnLatencies.size();

        System.out.printf(
                "%n=== MockMate interview benchmark: %d sessions x %d turns, model latency %d ms, think time"
                        + " %d-%d ms, %d cores, evaluations %s ===%n",
                SESSIONS,
                TURNS,
                MODEL_LATENCY.toMillis(),
                THINK_MILLIS / 2,
                THINK_MILLIS * 3 / 2,
                Runtime.getRuntime().availableProcessors(),
                AWAIT_PUSH ? "pushed over the WebSocket" : "polled every second");
        System.out.printf(
                "Start session (all %d at once) p50 %6.1f ms   p95 %6.1f ms   CPU %.1f ms (JIT %.1f ms), SQL %.1f"
                        + " statements per start%n",
                START_BURST,
                percentile(millis(startLatencies), 50),
                percentile(millis(startLatencies), 95),
                burstCpu / 1e6 / START_BURST,
                burstJitCpu / 1e6 / START_BURST,
                (double) burstStatements / START_BURST);
        System.out.printf(
                "API answer request (202)  p50 %6.1f ms   p95 %6.1f ms%n",
                percentile(millis(requestLatencies), 50), percentile(millis(requestLatencies), 95));
        System.out.printf(
                "Orchestration overhead  p50 %6.1f ms   p95 %6.1f ms (turn latency minus model latency)%n",
                percentile(overhead, 50), percentile(overhead, 95));
        System.out.printf(
                "  during the warm-up     p50 %6.1f ms   p95 %6.1f ms (%d answers of %d candidates on a cold JVM, not"
                        + " counted)%n",
                percentile(warmupOverhead, 50), percentile(warmupOverhead, 95), WARMUP_ANSWERS, WARMUP_SESSIONS);
        for (var p : startDelay) {
            System.out.printf(
                    "Accept -> evaluation start p%.0f %6.1f ms%n",
                    p.percentile() * 100, p.value(TimeUnit.MILLISECONDS));
        }
        System.out.printf(
                "Throughput              %6.1f turns/s (%d evaluated turns in %.1f s)%n",
                evaluated / seconds, evaluated, seconds);
        System.out.printf(
                "CPU per answer          %6.1f ms (process CPU time over the %d answers after the warm-up, load"
                        + " generator included)%n",
                answersCpu / 1e6 / evaluated, evaluated);
        System.out.printf(
                "  of which JIT          %6.1f ms CPU of the compiler threads (%.1f ms elapsed), GC %.1f ms elapsed per"
                        + " answer: a JIT still busy means the warm-up was too short for this machine%n",
                answersJitCpu / 1e6 / evaluated, (double) answersJit / evaluated, (double) answersGc / evaluated);
        System.out.printf(
                "CPU per answer, steady  %6.1f ms (the same without the compiler threads: what a warmed-up server"
                        + " spends)%n",
                (answersCpu - answersJitCpu) / 1e6 / evaluated);
        System.out.printf(
                "  of which grammar      %6.1f ms CPU of LanguageTool's worker threads%n",
                grammarCpu / 1e6 / evaluated);
        System.out.printf(
                "  by thread, ms          %s (process CPU as Linux accounts it per thread)%n",
                ThreadKindsCpu.perItem(byThread, evaluated));
        System.out.printf(
                "SQL per answer          %6.1f statements (as log_statement = all counts them; the client's polling"
                        + " GETs left out)%n",
                (double) answerStatements / evaluated);
        System.out.printf("Heap per active session %6.1f KB%n", heapPerSession / 1024.0);
        System.out.printf(
                "Answers measured from %s to %s (to match a flight recording's samples)%n", answersFrom, answersTo);
        System.out.printf("Answer responses by status %s %s%n", statuses, samples);
        System.out.printf("WebSockets the server ended early %s%n%n", PushedTurns.lost());
    }

    /** Runs the code paths hot with a few quick candidates, whose figures are kept apart, then lets the JIT finish. */
    private void warmUp(ApiClient api, UUID testId) throws InterruptedException {
        var tokens = candidates(WARMUP_SESSIONS, "warmup");
        var ignored = new ConcurrentLinkedQueue<Long>();
        var statuses = new ConcurrentHashMap<Integer, Integer>();
        var samples = new ConcurrentHashMap<Integer, String>();
        var answersLeft = new AtomicInteger(WARMUP_ANSWERS);
        runConcurrently(indexes(WARMUP_SESSIONS), i -> {
            while (answersLeft.get() > 0) {
                var sessionId = start(api, testId, tokens.get(i));
                try (var waiter = waiter(api, tokens.get(i), sessionId)) {
                    for (int turn = 1; turn <= WARMUP_TURNS && answersLeft.getAndDecrement() > 0; turn++) {
                        pause(WARMUP_THINK_MILLIS);
                        if (!answer(
                                api, tokens.get(i), sessionId, "warmup-" + turn, waiter, ignored, statuses, samples)) {
                            break;
                        }
                    }
                }
                api.post("/api/v1/sessions/" + sessionId + "/abandon", Map.of(), tokens.get(i));
            }
        });
        for (int round = 0; round * WARMUP_SESSIONS < WARMUP_STARTS; round++) {
            runConcurrently(indexes(WARMUP_SESSIONS), i -> {
                var sessionId = start(api, testId, tokens.get(i));
                api.post("/api/v1/sessions/" + sessionId + "/abandon", Map.of(), tokens.get(i));
            });
        }
        awaitQuietCompiler();
    }

    private static String start(ApiClient api, UUID testId, String token) {
        return api.post("/api/v1/sessions", Map.of("testId", testId.toString()), token)
                .json()
                .get("id")
                .asString();
    }

    /**
     * Waits until the compiler threads are nearly idle: compilations queued by the warm-up would otherwise run during
     * the measured answers and be counted as theirs.
     */
    private static void awaitQuietCompiler() {
        long deadline = System.nanoTime() + QUIET_COMPILER_WAIT.toNanos();
        long window = Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline) {
            var before = ThreadKindsCpu.now();
            pause(window / 1_000_000);
            long compiling = ThreadKindsCpu.now().jitNanosSince(before);
            if (compiling < window * QUIET_COMPILER_SHARE) {
                return;
            }
        }
        System.out.println("The JIT was still compiling after " + QUIET_COMPILER_WAIT + " of waiting");
    }

    /** Sends one answer and waits for its evaluation; false when the answer was not accepted. */
    private static boolean answer(
            ApiClient api,
            String token,
            String sessionId,
            String clientTurnId,
            TurnWaiter waiter,
            ConcurrentLinkedQueue<Long> requestLatencies,
            ConcurrentHashMap<Integer, Integer> statuses,
            ConcurrentHashMap<Integer, String> samples) {
        long t0 = System.nanoTime();
        var accepted = api.post(
                "/api/v1/sessions/" + sessionId + "/turns",
                Map.of("answerText", ANSWER, "clientTurnId", clientTurnId),
                token);
        requestLatencies.add(System.nanoTime() - t0);
        statuses.merge(accepted.status(), 1, Integer::sum);
        if (accepted.status() != 202) {
            samples.putIfAbsent(accepted.status(), accepted.body());
            return false;
        }
        waiter.await(accepted.json().get("id").asString());
        return true;
    }

    private TurnWaiter waiter(ApiClient api, String token, String sessionId) {
        return AWAIT_PUSH ? PushedTurns.open(SOCKETS, port, sessionId, token) : new PolledTurns(api, token, sessionId);
    }

    private java.sql.Timestamp databaseNow() {
        return jdbc.queryForObject("SELECT now()", java.sql.Timestamp.class);
    }

    private List<Double> overheadOfTurnsBetween(java.sql.Timestamp from, java.sql.Timestamp to) {
        return jdbc
                .queryForList(
                        "SELECT extract(epoch FROM (evaluated_at - created_at)) * 1000 FROM interview_turns"
                                + " WHERE status = 'EVALUATED' AND created_at >= ? AND created_at < ?",
                        Double.class,
                        from,
                        to)
                .stream()
                .map(ms -> ms - MODEL_LATENCY.toMillis())
                .toList();
    }

    private List<String> candidates(int count) {
        return candidates(count, "bench");
    }

    private List<String> candidates(int count, String prefix) {
        var hash = passwordEncoder.encode("Benchmark-Password-1");
        var tokens = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var id = UUID.randomUUID();
            var username = prefix + i;
            jdbc.update(
                    "INSERT INTO users (id, username, email, full_name, password_hash, role, created_at, updated_at)"
                            + " VALUES (?, ?, ?, 'Bench Candidate', ?, 'USER', now(), now())",
                    id,
                    username,
                    username + "@bench.local",
                    hash);
            tokens.add(jwt.issue(new AuthenticatedUser(id, username, Role.USER)).value());
        }
        return tokens;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> void runConcurrently(List<T> items, java.util.function.Consumer<T> work)
            throws InterruptedException {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            items.forEach(item -> executor.submit(() -> work.accept(item)));
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.MINUTES);
        }
    }

    private static List<Integer> indexes(int count) {
        var list = new ArrayList<Integer>();
        for (int i = 0; i < count; i++) {
            list.add(i);
        }
        return list;
    }

    private static List<Double> millis(ConcurrentLinkedQueue<Long> nanos) {
        return nanos.stream().map(n -> n / 1e6).toList();
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** CPU time of the whole JVM: the server and the load generator, which share it. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
