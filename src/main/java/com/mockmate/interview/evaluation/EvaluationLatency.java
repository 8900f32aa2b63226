package com.mockmate.interview.evaluation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Measures how long an accepted answer waits before its evaluation starts (the conversation's latency budget), as the
 * Micrometer timer {@code mockmate.turn.evaluation.start.delay}; the benchmark reads it.
 */
@Component
public class EvaluationLatency {

    private final Timer startDelay;
    private final Map<UUID, Instant> accepted = new ConcurrentHashMap<>();

    EvaluationLatency(MeterRegistry registry) {
        this.startDelay = Timer.builder("mockmate.turn.evaluation.start.delay")
                .description("Time from accepting an answer (202) to the start of its evaluation")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    void accepted(UUID turnId, Instant at) {
        accepted.put(turnId, at);
    }

    void started(UUID turnId, Instant at) {
        var acceptedAt = accepted.remove(turnId);
        if (acceptedAt != null) {
            startDelay.record(Duration.between(acceptedAt, at));
        }
    }

    public Timer startDelay() {
        return startDelay;
    }
}
