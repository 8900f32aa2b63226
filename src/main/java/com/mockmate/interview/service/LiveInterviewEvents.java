package com.mockmate.interview.service;

import com.mockmate.interview.domain.LiveEvent;
import com.mockmate.interview.live.LiveEventBus;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * What screens and sockets subscribe to, so that they hear about a session's turns from whichever instance handled
 * them without knowing how events travel. Callers check that the session is the subscriber's before subscribing.
 */
@Service
public class LiveInterviewEvents {

    private final LiveEventBus bus;

    LiveInterviewEvents(LiveEventBus bus) {
        this.bus = bus;
    }

    /** Returns the handle that removes the subscription; call it when the view or socket closes. */
    public Runnable subscribe(UUID sessionId, Consumer<LiveEvent> subscriber) {
        return bus.subscribe(sessionId, subscriber);
    }
}
