package com.mockmate.llm.calls;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every model call in {@code llm_calls} and in the metrics {@code mockmate.llm.calls} (timer by provider,
 * model and outcome) and {@code mockmate.llm.tokens}. Each row commits on its own, so failed calls stay recorded.
 */
@Component
public class ModelCallLog {

    private final LlmCallRepository repository;
    private final Clock clock;
    private final MeterRegistry meters;

    ModelCallLog(LlmCallRepository repository, Clock clock, MeterRegistry meters) {
        this.repository = repository;
        this.clock = clock;
        this.meters = meters;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(ModelCall call) {
        repository.save(new LlmCall(call, clock.instant()));
        Timer.builder("mockmate.llm.calls")
                .description("Calls to the interviewer model")
                .tags(
                        "provider",
                        call.provider(),
                        "model",
                        call.model(),
                        "outcome",
                        call.outcome().name(),
                        "purpose",
                        call.purpose().name())
                .register(meters)
                .record(Duration.ofMillis(call.latencyMs()));
        countTokens(call, "prompt", call.promptTokens());
        countTokens(call, "completion", call.completionTokens());
    }

    @Transactional(readOnly = true)
    public List<LlmCall> callsForTurn(UUID turnId) {
        return repository.findByTurnIdOrderByCreatedAt(turnId);
    }

    /** The calls that wrote a session's summary. */
    @Transactional(readOnly = true)
    public List<LlmCall> callsForSession(UUID sessionId) {
        return repository.findBySessionIdOrderByCreatedAt(sessionId);
    }

    /** The calls that wrote a résumé's content. */
    @Transactional(readOnly = true)
    public List<LlmCall> callsForResume(UUID resumeId) {
        return repository.findByResumeIdOrderByCreatedAt(resumeId);
    }

    private void countTokens(ModelCall call, String kind, @Nullable Integer tokens) {
        if (tokens != null && tokens > 0) {
            Counter.builder("mockmate.llm.tokens")
                    .tags("provider", call.provider(), "model", call.model(), "kind", kind)
                    .register(meters)
                    .increment(tokens);
        }
    }
}
