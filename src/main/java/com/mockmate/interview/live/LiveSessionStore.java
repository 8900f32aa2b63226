package com.mockmate.interview.live;

import com.mockmate.interview.InterviewProperties;
import com.mockmate.interview.domain.InterviewSession;
import com.mockmate.interview.domain.InterviewTurn;
import com.mockmate.interview.domain.InterviewTurnRepository;
import com.mockmate.interview.domain.TurnScore;
import com.mockmate.interview.domain.TurnScoreRepository;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link LiveSessionState} in Redis as JSON with a TTL. Only the holder of the session's lock writes
 * it (a reader that rebuilt it takes the lock to keep it): {@link #replaceAfterCommit} removes the entry before the database changes and stores the new state once they
 * are committed, so a crash or a rollback in between leaves no entry rather than a wrong one.
 */
@Component
public class LiveSessionStore {

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final InterviewProperties properties;
    private final InterviewTurnRepository turns;
    private final TurnScoreRepository scores;
    private final SessionLock lock;

    LiveSessionStore(
            StringRedisTemplate redis,
            JsonMapper json,
            InterviewProperties properties,
            InterviewTurnRepository turns,
            TurnScoreRepository scores,
            SessionLock lock) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
        this.turns = turns;
        this.scores = scores;
        this.lock = lock;
    }

    public Optional<LiveSessionState> find(UUID sessionId) {
        var value = redis.opsForValue().get(key(sessionId));
        return value == null ? Optional.empty() : Optional.of(json.readValue(value, LiveSessionState.class));
    }

    /**
     * The state of a running session, for the holder of its lock: from Redis, or rebuilt from the stored turns and
     * kept again when Redis does not have it (expired, evicted, lost).
     */
    public LiveSessionState current(InterviewSession session) {
        return find(session.getId()).orElseGet(() -> {
            var rebuilt = rebuild(session);
            save(session.getId(), rebuilt);
            return rebuilt;
        });
    }

    private LiveSessionState rebuild(InterviewSession session) {
        var stored = turns.findBySessionIdOrderByPositionAsc(session.getId());
        var cards = scores
                .findByTurnIdIn(stored.stream().map(InterviewTurn::getId).toList())
                .stream()
                .collect(Collectors.toMap(TurnScore::getTurnId, TurnScore::toCard, (a, b) -> a));
        return ConversationReplay.replay(stored, cards, session.getQuestions().count(), session.isInProgress());
    }

    /**
     * Keeps a state that a reader without the lock rebuilt from the stored turns, but only while nobody holds the lock:
     * a lock holder may be changing those turns, and its own state must win.
     */
    public void keepIfIdle(UUID sessionId, LiveSessionState rebuilt) {
        lock.tryAcquire(sessionId).ifPresent(token -> {
            try {
                save(sessionId, rebuilt);
            } finally {
                lock.release(sessionId, token);
            }
        });
    }

    /** Starts a session's state; the session is new, so nobody else can hold its lock. */
    public LiveSessionState start(UUID sessionId, int questionCount) {
        var opening = LiveSessionState.start(questionCount);
        save(sessionId, opening);
        return opening;
    }

    /** For the lock holder, inside the transaction that changes the turns the state describes. */
    public void replaceAfterCommit(UUID sessionId, LiveSessionState next) {
        evict(sessionId);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            save(sessionId, next);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                save(sessionId, next);
            }
        });
    }

    public void evict(UUID sessionId) {
        redis.delete(key(sessionId));
    }

    private void save(UUID sessionId, LiveSessionState state) {
        redis.opsForValue().set(key(sessionId), json.writeValueAsString(state), properties.liveStateTtl());
    }

    static String key(UUID sessionId) {
        return "mockmate:interview:state:" + sessionId;
    }
}
