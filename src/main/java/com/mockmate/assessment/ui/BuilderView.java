package com.mockmate.assessment.ui;

import com.mockmate.assessment.domain.AssessmentStatus;
import com.mockmate.assessment.service.AssessmentService;
import com.mockmate.assessment.service.AssessmentSummary;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Every assessment ("test") for staff, filterable by title and status; the way into the builder. */
@Route("builder")
@PageTitle("Test builder | MockMate")
@Menu(order = 30, title = "Test builder", icon = "TOOLS")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class BuilderView extends VerticalLayout {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);

    private final ServiceRef<AssessmentService> assessments;
    private final LifecycleActions lifecycle;
    private final ZoneId zone;
    final TextField search = new TextField();
    final Select<AssessmentStatus> status = new Select<>();
    final Button create = new Button("New test", VaadinIcon.PLUS.create());
    final Grid<AssessmentSummary> grid = new Grid<>(AssessmentSummary.class, false);

    BuilderView(AssessmentService assessmentService, Clock clock) {
        this.assessments = ServiceRef.of(AssessmentService.class, assessmentService);
        this.lifecycle = new LifecycleActions(assessments);
        this.zone = clock.getZone();
        addClassName("mm-page");
        setSizeFull();
        var intro = new Paragraph("Tests are what candidates take: a title, questions in order and an optional time"
                + " limit. Build one as a draft, preview it, then publish it.");
        intro.addClassName("mm-muted");
        search.setPlaceholder("Search by title");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20rem");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setItems(AssessmentStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(
                s -> s == null ? "Any status" : AssessmentCards.statusBadge(s).getText());
        status.setAriaLabel("Filter by status");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> open(AssessmentEditorView.NEW));
        var toolbar = new HorizontalLayout(search, status, create);
        toolbar.setWidthFull();
        status.setWidth("12rem");
        create.getStyle().set("margin-left", "auto");
        toolbar.setAlignItems(Alignment.BASELINE);
        configureGrid();
        add(new H2("Test builder"), intro, toolbar, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addComponentColumn(a -> new RouterLink(a.title(), AssessmentEditorView.class, params(a.id().toString())))
                .setHeader("Title")
                .setSortProperty("title")
                .setFlexGrow(3);
        grid.addComponentColumn(a -> AssessmentCards.statusBadge(a.status()))
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(AssessmentSummary::questionCount).setHeader("Questions").setAutoWidth(true);
        grid.addColumn(a -> a.timeLimitMinutes() == null ? "—" : a.timeLimitMinutes() + " min")
                .setHeader("Time limit")
                .setAutoWidth(true);
        var updated = grid.addColumn(a -> DATE.format(a.updatedAt().atZone(zone)))
                .setHeader("Last changed")
                .setSortProperty("updatedAt")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> assessments
                .get()
                .search(search.getValue(), status.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.sort(List.of(new GridSortOrder<>(updated, SortDirection.DESCENDING)));
        grid.setEmptyStateText("No tests match. Clear the filters, or create one with “New test”.");
    }

    private Component actions(AssessmentSummary summary) {
        boolean mayChange = AuthenticatedUser.current()
                .map(u -> u.mayModify(summary.ownerId()))
                .orElse(false);
        var open =
                new Button(mayChange ? "Edit" : "View", e -> open(summary.id().toString()));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var delete = new Button(
                VaadinIcon.TRASH.create(),
                e -> lifecycle.delete(
                        summary.id(),
                        summary.title(),
                        () -> grid.getDataProvider().refreshAll()));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete " + summary.title());
        delete.setEnabled(mayChange);
        delete.setTooltipText(mayChange ? "Delete" : "Only the test's author or an administrator can delete it");
        var box = new HorizontalLayout(open, delete);
        box.setSpacing(false);
        return box;
    }

    private static void open(String id) {
        UI.getCurrent().navigate(AssessmentEditorView.class, params(id));
    }

    private static RouteParameters params(String id) {
        return new RouteParameters("id", id);
    }
}
