package com.mockmate.assessment.ui;

import com.mockmate.assessment.service.AssessmentDetails;
import com.mockmate.assessment.service.AssessmentService;
import com.mockmate.base.ui.Feedback;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.catalog.service.RemovalOutcome;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.UUID;

/** Publish, archive and delete, each behind a confirmation that says what it means for candidates. */
class LifecycleActions implements Serializable {

    private final ServiceRef<AssessmentService> assessments;

    LifecycleActions(ServiceRef<AssessmentService> assessments) {
        this.assessments = assessments;
    }

    void publish(UUID id, String title, boolean again, SerializableConsumer<AssessmentDetails> onDone) {
        confirm(
                "Publish “" + title + "”" + (again ? " again?" : "?"),
                "Candidates will see it in their Assessments list and can start it right away.",
                again ? "Publish again" : "Publish",
                "primary",
                () -> Feedback.attempt(() -> assessments.get().publish(AuthenticatedUser.required(), id))
                        .ifPresent(published -> {
                            Feedback.success("“" + title + "” is published; candidates can take it now");
                            onDone.accept(published);
                        }));
    }

    void archive(UUID id, String title, SerializableConsumer<AssessmentDetails> onDone) {
        confirm(
                "Archive “" + title + "”?",
                "Candidates will no longer see it. Interviews already taken keep their results.",
                "Archive",
                "error primary",
                () -> Feedback.attempt(() -> assessments.get().archive(AuthenticatedUser.required(), id))
                        .ifPresent(archived -> {
                            Feedback.success("“" + title + "” is archived; candidates no longer see it");
                            onDone.accept(archived);
                        }));
    }

    void delete(UUID id, String title, SerializableRunnable onDone) {
        confirm(
                "Delete “" + title + "”?",
                "If candidates have already taken it, it is archived instead so that their results stay intact.",
                "Delete",
                "error primary",
                () -> Feedback.attempt(() -> assessments.get().delete(AuthenticatedUser.required(), id))
                        .ifPresent(outcome -> {
                            Feedback.success(removalMessage(title, outcome));
                            onDone.run();
                        }));
    }

    static String removalMessage(String title, RemovalOutcome outcome) {
        return outcome == RemovalOutcome.ARCHIVED
                ? "Candidates have already taken “" + title + "”, so it was archived instead of deleted. Their results"
                        + " stay intact."
                : "“" + title + "” deleted";
    }

    private static void confirm(
            String heading, String text, String confirmText, String theme, SerializableRunnable action) {
        var dialog = new ConfirmDialog(heading, text, confirmText, e -> action.run());
        dialog.setConfirmButtonTheme(theme);
        dialog.setCancelable(true);
        dialog.open();
    }
}
