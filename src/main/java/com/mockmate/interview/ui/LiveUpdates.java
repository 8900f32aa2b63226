package com.mockmate.interview.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.service.LiveInterviewEvents;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the interview view current while the server works on an answer: the session's events trigger a refresh
 * through server push, and polling is a slow safety net (or the only way, when push is off). The event subscription
 * is not part of the serialized UI, so a view restored from Redis on another instance subscribes again at its next
 * refresh.
 */
class LiveUpdates implements Serializable {

    /** Polling while an answer is being processed when push is off; with push, only a slow safety net. */
    static final int POLL_MILLIS = 700;

    static final int PUSH_SAFETY_POLL_MILLIS = 10_000;

    private final Component view;
    private final ServiceRef<LiveInterviewEvents> events;
    private final SerializableRunnable refresh;
    private transient @Nullable Runnable unsubscribe;
    private @Nullable Registration pollRegistration;
    private int pushedUpdates;

    LiveUpdates(Component view, ServiceRef<LiveInterviewEvents> events, SerializableRunnable refresh) {
        this.view = view;
        this.events = events;
        this.refresh = refresh;
    }

    void attach(UI ui) {
        pollRegistration = ui.addPollListener(e -> refresh.run());
    }

    void detach(UI ui) {
        ui.setPollInterval(-1);
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    /** After each refresh: listen for the session's events, and poll only while the server is busy with an answer. */
    void keepCurrent(UI ui, UUID sessionId, boolean serverBusy) {
        subscribe(ui, sessionId);
        int poll = unsubscribe != null ? PUSH_SAFETY_POLL_MILLIS : POLL_MILLIS;
        ui.setPollInterval(serverBusy ? poll : -1);
    }

    private void subscribe(UI ui, UUID sessionId) {
        if (unsubscribe != null || !ui.getPushConfiguration().getPushMode().isEnabled()) {
            return;
        }
        unsubscribe = events.get()
                .subscribe(
                        sessionId,
                        event -> ui.access(() -> {
                            pushedUpdates++;
                            // Lets browser tests tell a pushed update from a polled one.
                            view.getElement().setAttribute("data-pushed-updates", String.valueOf(pushedUpdates));
                            refresh.run();
                        }));
    }
}
