package com.mockmate.interview.live;

import com.mockmate.interview.domain.LiveEvent;
import com.mockmate.interview.domain.SessionCompleted;
import com.mockmate.interview.domain.SessionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one way interview events leave the process: once the transaction that published a {@link SessionEvent} has
 * committed, it goes to Redis pub/sub, from where every instance hands it to its browsers (push) and WebSocket
 * clients. A finished session's live state goes with it. A rolled-back change is never announced.
 */
@Component
class LiveEventBridge {

    private static final Logger log = LoggerFactory.getLogger(LiveEventBridge.class);

    private final LiveEventBus bus;
    private final LiveSessionStore liveState;

    LiveEventBridge(LiveEventBus bus, LiveSessionStore liveState) {
        this.bus = bus;
        this.liveState = liveState;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(SessionEvent event) {
        if (event instanceof SessionCompleted completed) {
            liveState.evict(completed.sessionId());
        }
        try {
            bus.publish(LiveEvent.of(event));
        } catch (RuntimeException e) {
            // The change is committed; clients that missed the push see it on their next read.
            log.warn("Could not announce {} to live clients: {}", event, e.toString());
        }
    }
}
