package com.mockmate.interview.ui;

import com.mockmate.base.ui.Feedback;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.service.PracticeService;
import com.mockmate.interview.service.SessionDetails;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.UUID;

/**
 * Below a question of a finished interview: try it again in a practice session, and compare the attempts once there are
 * two.
 */
class PracticeActions extends Div {

    private final ServiceRef<PracticeService> practice;

    PracticeActions(ServiceRef<PracticeService> practice, UUID sessionId, UUID questionId, int attempts) {
        this.practice = practice;
        addClassName("mm-question-actions");
        var tryAgain = new Button(
                "Try this question again", VaadinIcon.ROTATE_RIGHT.create(), e -> tryAgain(sessionId, questionId));
        tryAgain.addThemeVariants(ButtonVariant.LUMO_SMALL);
        tryAgain.setTooltipText("Answer it again in a practice session, kept apart from your test averages");
        add(tryAgain);
        if (attempts >= 2) {
            var compare = new Button(
                    "Compare attempts (" + attempts + ")",
                    VaadinIcon.SPLIT_H.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(CompareAttemptsView.path(questionId))));
            compare.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add(compare);
        }
    }

    /** Says what a practice session is and leads back to the interview it came from. */
    static Paragraph note(SessionDetails session) {
        var badge = new Span("Practice");
        badge.getElement().getThemeList().add("badge");
        var original = new Anchor("results/" + session.practiceOf(), "your interview");
        var note = new Paragraph(badge, new Text(" One question of "), original, new Text(" tried again."));
        note.addClassName("mm-practice-note");
        return note;
    }

    private void tryAgain(UUID sessionId, UUID questionId) {
        Feedback.attempt(() -> practice.get().tryAgain(AuthenticatedUser.required(), sessionId, questionId))
                .ifPresent(started -> getUI().ifPresent(ui -> ui.navigate("interview/" + started.id())));
    }
}
