package com.mockmate.assessment.ui;

import com.mockmate.assessment.domain.AssessmentStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.jspecify.annotations.Nullable;

/** The builder's title bar: back link, title and status, a hint on what the status means, and the actions. */
class EditorHeader extends VerticalLayout {

    final H2 title = new H2();
    final Div status = new Div();
    final Paragraph hint = new Paragraph();
    final Button preview = new Button("Preview", VaadinIcon.EYE.create());
    final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    final Button archive = new Button("Archive", VaadinIcon.ARCHIVE.create());
    final Button publish = new Button("Publish", VaadinIcon.CHECK_CIRCLE.create());
    final Button save = new Button("Save");

    EditorHeader() {
        setPadding(false);
        setSpacing(false);
        var back = new RouterLink("← All tests", BuilderView.class);
        back.addClassName("mm-back-link");
        preview.setTooltipText("See the test as candidates will see it");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        var actions = new HorizontalLayout(preview, delete, archive, publish, save);
        actions.addClassName("mm-toolbar");
        var bar = new HorizontalLayout(heading, actions);
        bar.setWidthFull();
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("flex-wrap", "wrap");
        hint.addClassName("mm-muted");
        add(back, bar, hint);
    }

    void update(
            @Nullable String savedTitle,
            AssessmentStatus state,
            boolean mayChange,
            boolean dirty,
            boolean noQuestions,
            boolean drawing) {
        boolean isNew = savedTitle == null;
        title.setText(isNew ? "New test" : savedTitle);
        status.removeAll();
        // Nothing is saved yet, so no status badge: "Draft" would suggest a stored draft.
        if (!isNew) {
            status.add(AssessmentCards.statusBadge(state));
        }
        hint.setText(hintFor(isNew, state, mayChange, drawing));
        boolean editable = mayChange && state != AssessmentStatus.ARCHIVED;
        save.setText(isNew ? "Create draft" : "Save");
        save.setVisible(editable);
        save.setEnabled(isNew || dirty);
        preview.setEnabled(!drawing);
        preview.setTooltipText(
                drawing
                        ? "The questions are drawn when you create the test; preview it then"
                        : "See the test as candidates will see it");
        publish.setVisible(!isNew && mayChange && state != AssessmentStatus.PUBLISHED);
        publish.setText(state == AssessmentStatus.ARCHIVED ? "Publish again" : "Publish");
        publish.setEnabled(!dirty && !noQuestions);
        publish.setTooltipText(
                dirty ? "Save your changes first" : noQuestions ? "Add at least one question first" : null);
        archive.setVisible(!isNew && mayChange && state == AssessmentStatus.PUBLISHED);
        archive.setEnabled(!dirty);
        delete.setVisible(!isNew && mayChange);
    }

    private static String hintFor(boolean isNew, AssessmentStatus state, boolean mayChange, boolean drawing) {
        if (isNew) {
            return drawing
                    ? "Give the test a title and add draw rules; the questions are drawn when you create the draft."
                    : "Give the test a title and pick its questions, then create it as a draft. Candidates see it only"
                            + " once you publish it.";
        }
        if (!mayChange) {
            return "Only the test's author or an administrator can change it.";
        }
        return switch (state) {
            case DRAFT -> "Draft: candidates cannot see it yet. Reorder the questions, preview it, then publish.";
            case PUBLISHED -> "Published: candidates can see and take it.";
            case ARCHIVED ->
                "Archived: candidates no longer see it, and it cannot be edited. Publish it again to bring"
                        + " it back.";
        };
    }
}
