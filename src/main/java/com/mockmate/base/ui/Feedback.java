package com.mockmate.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;

/**
 * How views report the outcome of a service call. Services signal expected failures with
 * {@link ErrorResponseException} (its detail is written for people) or {@link AccessDeniedException}; both become a
 * notification, never a stack trace.
 */
public final class Feedback {

    private Feedback() {}

    public static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification.show(message, 7000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The readable message of an expected service failure. */
    public static String describe(RuntimeException failure) {
        if (failure instanceof ErrorResponseException e && e.getBody().getDetail() != null) {
            return e.getBody().getDetail();
        }
        if (failure instanceof AccessDeniedException) {
            return "You are not allowed to do that.";
        }
        return "Something went wrong. Please try again.";
    }

    /** Runs a service call; an expected failure is shown as an error notification and yields an empty result. */
    public static <T> Optional<T> attempt(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ErrorResponseException | AccessDeniedException e) {
            error(describe(e));
            return Optional.empty();
        }
    }

    /** {@link #attempt(Supplier)} for calls without a result: true when the call went through. */
    public static boolean succeeded(Runnable call) {
        return attempt(() -> {
                    call.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }
}
