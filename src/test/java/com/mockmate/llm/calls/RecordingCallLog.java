package com.mockmate.llm.calls;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real {@link ModelCallLog} over an in-memory repository, for tests without a database. */
public final class RecordingCallLog {

    private final List<LlmCall> saved = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private volatile boolean broken;
    private final ModelCallLog log = new ModelCallLog(
            new InMemoryRepository(), Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), meters);

    public ModelCallLog log() {
        return log;
    }

    public List<LlmCall> calls() {
        return List.copyOf(saved);
    }

    public List<CallOutcome> outcomes() {
        return saved.stream().map(LlmCall::getOutcome).toList();
    }

    /** From now on every save fails, as with a database that is down. */
    public void breakDown() {
        broken = true;
    }

    public SimpleMeterRegistry meters() {
        return meters;
    }

    private final class InMemoryRepository implements LlmCallRepository {

        @Override
        public LlmCall save(LlmCall call) {
            if (broken) {
                throw new IllegalStateException("database is down");
            }
            saved.add(call);
            return call;
        }

        @Override
        public List<LlmCall> findByTurnIdOrderByCreatedAt(UUID turnId) {
            return saved.stream()
                    .filter(call -> turnId.equals(call.getTurnId()))
                    .toList();
        }

        @Override
        public List<LlmCall> findBySessionIdOrderByCreatedAt(UUID sessionId) {
            return saved.stream()
                    .filter(call -> sessionId.equals(call.getSessionId()))
                    .toList();
        }

        @Override
        public List<LlmCall> findByResumeIdOrderByCreatedAt(UUID resumeId) {
            return saved.stream()
                    .filter(call -> resumeId.equals(call.getResumeId()))
                    .toList();
        }
    }
}
