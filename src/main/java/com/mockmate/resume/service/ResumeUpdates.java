package com.mockmate.resume.service;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open screens of this instance that a candidate's résumé is done, once that is committed, so that the Résumé
 * view updates by push at once. A job that ran on another instance is not heard here: the view also polls slowly.
 */
@Component
public class ResumeUpdates {

    private static final Logger log = LoggerFactory.getLogger(ResumeUpdates.class);

    private final Map<UUID, Set<Consumer<ResumeFinished>>> listeners = new ConcurrentHashMap<>();

    /** Calls {@code listener} (on the committing thread) for each of the user's finished résumés until closed. */
    public AutoCloseable subscribe(UUID userId, Consumer<ResumeFinished> listener) {
        listeners.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(userId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener
    void on(ResumeFinished finished) {
        for (var listener : listeners.getOrDefault(finished.userId(), Set.of())) {
            try {
                listener.accept(finished);
            } catch (RuntimeException e) {
                log.debug("A résumé listener failed", e);
            }
        }
    }
}
