package com.mockmate.assessment.ui;

import com.mockmate.assessment.domain.AssessmentStatus;
import com.mockmate.assessment.service.AssessmentDetails;
import com.mockmate.assessment.service.AssessmentService;
import com.mockmate.base.error.ExpectedVersion;
import com.mockmate.base.ui.Confirmations;
import com.mockmate.base.ui.Feedback;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.catalog.service.QuestionService;
import com.mockmate.catalog.service.TopicDetails;
import com.mockmate.catalog.service.TopicService;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;

/**
 * Creates or edits one assessment: details, questions picked from the bank (or draw rules, for a new test), their
 * order, a candidate's-eye preview, and publishing. {@code builder/new} starts a new test.
 */
@Route("builder/:id")
@PageTitle("Test builder | MockMate")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class AssessmentEditorView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, QuestionsSection.Owner {

    static final String NEW = "new";

    private final ServiceRef<AssessmentService> assessments;
    private final LifecycleActions lifecycle;
    private final Map<UUID, String> topicNames = new HashMap<>();
    final EditorHeader header = new EditorHeader();
    final AssessmentDetailsForm details = new AssessmentDetailsForm();
    final QuestionsSection questions;
    private @Nullable AssessmentDetails loaded;
    private boolean leaving;

    AssessmentEditorView(
            AssessmentService assessmentService, QuestionService questionService, TopicService topicService) {
        this.assessments = ServiceRef.of(AssessmentService.class, assessmentService);
        this.lifecycle = new LifecycleActions(assessments);
        List<TopicDetails> topics = topicService
                .search(null, PageRequest.of(0, 500, Sort.by("name")))
                .getContent();
        topics.forEach(t -> topicNames.put(t.id(), t.name()));
        questions =
                new QuestionsSection(ServiceRef.of(QuestionService.class, questionService), topics, topicNames, this);
        addClassName("mm-page");
        addClassName("mm-page-wide");

        details.addChangeListener(this::updateState);
        header.save.addClickListener(e -> save());
        header.preview.addClickListener(e -> preview());
        header.publish.addClickListener(
                e -> lifecycle.publish(loadedId(), title(), loaded.status() == AssessmentStatus.ARCHIVED, this::show));
        header.archive.addClickListener(e -> lifecycle.archive(loadedId(), title(), this::show));
        header.delete.addClickListener(e -> lifecycle.delete(loadedId(), title(), this::leaveToList));

        var columns = new HorizontalLayout(column(details, questions.chosen), column(questions.sources));
        columns.setWidthFull();
        columns.setAlignItems(FlexComponent.Alignment.START);
        columns.addClassName("mm-builder-columns");
        add(header, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(id)) {
            show(null);
            return;
        }
        try {
            show(assessments.get().get(UUID.fromString(id)));
        } catch (IllegalArgumentException | ErrorResponseException e) {
            Feedback.error("There is no such test; it may have been deleted.");
            event.forwardTo(BuilderView.class);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (leaving || !isDirty()) {
            return;
        }
        var action = event.postpone();
        Confirmations.discardChanges("this test", action::proceed);
    }

    private void show(@Nullable AssessmentDetails assessment) {
        loaded = assessment;
        details.read(AssessmentDetailsForm.Values.of(assessment));
        questions.setQuestions(assessment == null ? List.of() : assessment.questions());
        updateState();
    }

    @Override
    public void questionsChanged() {
        updateState();
    }

    /** Derives every button, hint and visibility from the loaded test, the user's rights and unsaved changes. */
    private void updateState() {
        var status = loaded == null ? AssessmentStatus.DRAFT : loaded.status();
        boolean mayChange = loaded == null
                || AuthenticatedUser.current()
                        .map(u -> u.mayModify(loaded.ownerId()))
                        .orElse(false);
        boolean editable = mayChange && status != AssessmentStatus.ARCHIVED;
        details.setEditable(editable);
        questions.update(loaded == null, editable);
        header.update(
                loaded == null ? null : loaded.title(),
                status,
                mayChange,
                isDirty(),
                questions.ids().isEmpty(),
                questions.drawing(loaded == null));
    }

    boolean isDirty() {
        if (loaded == null) {
            return details.hasChanges() || questions.anythingChosen();
        }
        return details.hasChanges() || !questions.ids().equals(loaded.questionIds());
    }

    private void save() {
        var values = details.validValues();
        if (values.isEmpty()) {
            return;
        }
        var v = values.get();
        boolean drawing = questions.drawing(loaded == null);
        if (loaded == null
                && (drawing ? questions.drawRules().isEmpty() : questions.ids().isEmpty())) {
            Feedback.error(drawing ? "Add at least one draw rule first." : "Pick at least one question first.");
            return;
        }
        try {
            var actor = AuthenticatedUser.required();
            if (loaded == null) {
                var created = assessments
                        .get()
                        .create(
                                actor,
                                drawing
                                        ? v.draft(null, questions.drawRules(), null)
                                        : v.draft(questions.ids(), null, null));
                Feedback.success("“" + created.title() + "” created as a draft with "
                        + created.questions().size() + " questions");
                leaving = true;
                UI.getCurrent()
                        .navigate(
                                AssessmentEditorView.class,
                                new RouteParameters("id", created.id().toString()));
            } else {
                var draft = v.draft(questions.ids(), null, loaded.version());
                show(assessments.get().update(actor, loaded.id(), draft, ExpectedVersion.current(loaded.version())));
                Feedback.success("Changes saved");
            }
        } catch (ErrorResponseException | AccessDeniedException e) {
            details.showServerError(Feedback.describe(e));
        }
    }

    private void preview() {
        var id = loaded == null ? UUID.randomUUID() : loaded.id();
        new PreviewDialog(PreviewDialog.cardOf(id, details.currentValues(), questions.questions(), topicNames)).open();
    }

    private static VerticalLayout column(Component... components) {
        var column = new VerticalLayout(components);
        column.setPadding(false);
        column.addClassName("mm-builder-column");
        return column;
    }

    private void leaveToList() {
        leaving = true;
        UI.getCurrent().navigate(BuilderView.class);
    }

    private UUID loadedId() {
        return Objects.requireNonNull(loaded).id();
    }

    private String title() {
        return loaded == null ? details.currentValues().title() : loaded.title();
    }
}
