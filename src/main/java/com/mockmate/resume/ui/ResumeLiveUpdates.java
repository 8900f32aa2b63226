package com.mockmate.resume.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.resume.service.ResumeUpdates;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the résumé view current while a résumé is being written. A finished job on this instance is pushed at once
 * ({@link ResumeUpdates}); polling is the safety net for a job that ran on another instance, and the only way when
 * push is off. The subscription is not part of the serialized session: a view restored elsewhere subscribes again.
 */
class ResumeLiveUpdates implements Serializable {

    /** Polling while the résumé shown is being written, when push is off. */
    static final int POLL_MILLIS = 2000;

    /** With push, polling only covers a job that finished on another instance. */
    static final int PUSH_SAFETY_POLL_MILLIS = 10_000;

    private final ServiceRef<ResumeUpdates> updates;
    private final UUID userId;
    private final SerializableConsumer<UUID> onFinished;
    private final SerializableRunnable onPoll;
    private transient @Nullable AutoCloseable subscription;
    private @Nullable Registration polling;
    private boolean waiting;

    ResumeLiveUpdates(
            ServiceRef<ResumeUpdates> updates,
            UUID userId,
            SerializableConsumer<UUID> onFinished,
            SerializableRunnable onPoll) {
        this.updates = updates;
        this.userId = userId;
        this.onFinished = onFinished;
        this.onPoll = onPoll;
    }

    void attach(UI ui) {
        subscribe(ui);
        applyPolling(ui);
    }

    void detach(UI ui) {
        stopPolling(ui);
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                // Closing only removes a listener from a map; there is nothing to recover.
            }
            subscription = null;
        }
    }

    /** Whether the résumé shown is still being written: only then does the page poll. */
    void waitFor(UI ui, boolean inProgress) {
        waiting = inProgress;
        subscribe(ui);
        applyPolling(ui);
    }

    boolean pushed() {
        return subscription != null;
    }

    private void subscribe(UI ui) {
        if (subscription != null || !ui.getPushConfiguration().getPushMode().isEnabled()) {
            return;
        }
        subscription =
                updates.get().subscribe(userId, finished -> ui.access(() -> onFinished.accept(finished.resumeId())));
    }

    private void applyPolling(UI ui) {
        if (!waiting) {
            stopPolling(ui);
            return;
        }
        if (polling == null) {
            polling = ui.addPollListener(new Poll(this));
        }
        ui.setPollInterval(subscription == null ? POLL_MILLIS : PUSH_SAFETY_POLL_MILLIS);
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    /** A class holding this object, not a lambda holding the view: see the session serialization test. */
    private record Poll(ResumeLiveUpdates live) implements ComponentEventListener<PollEvent> {

        @Override
        public void onComponentEvent(PollEvent event) {
            live.onPoll.run();
        }
    }
}
