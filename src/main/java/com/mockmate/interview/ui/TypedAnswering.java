package com.mockmate.interview.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.web.ErrorResponseException;

/**
 * What the interview screen asks of the interview itself: send a typed answer, try a failed one again, finish. A
 * rejection is shown to the candidate and nothing typed is lost; {@link SpokenAnswering} does the same for recordings.
 */
class TypedAnswering implements Serializable {

    private final ServiceRef<InterviewService> interviews;
    private final SerializableSupplier<UUID> sessionId;
    private int submissions;

    TypedAnswering(ServiceRef<InterviewService> interviews, SerializableSupplier<UUID> sessionId) {
        this.interviews = interviews;
        this.sessionId = sessionId;
    }

    /** True when the answer was accepted, so the answer box may be cleared. */
    boolean send(String text) {
        var session = sessionId.get();
        var clientTurnId = "ui-" + session + "-" + (++submissions) + "-" + text.hashCode();
        return run(() -> interviews.get().submitAnswer(AuthenticatedUser.required(), session, text, clientTurnId));
    }

    void retry(UUID turnId) {
        run(() -> interviews.get().retry(AuthenticatedUser.required(), sessionId.get(), turnId));
    }

    void finish() {
        run(() -> interviews.get().finish(AuthenticatedUser.required(), sessionId.get()));
    }

    private static boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (ErrorResponseException e) {
            showRejection(e);
            return false;
        }
    }

    static void showRejection(ErrorResponseException e) {
        Notification.show(e.getBody().getDetail(), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
