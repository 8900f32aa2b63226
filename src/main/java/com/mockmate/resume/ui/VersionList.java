package com.mockmate.resume.ui;

import com.mockmate.resume.domain.ResumeStatus;
import com.mockmate.resume.service.ResumeSummary;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The candidate's résumés, newest first: date, target role, status and keyword match. Choosing one fires
 * {@link ShowEvent}; its delete button asks first, then fires {@link DeleteEvent}.
 */
class VersionList extends Div {

    private final SerializableFunction<Instant, String> formatter;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph("No résumés yet. Your first one will appear here.");
    private final Map<UUID, ListItem> rows = new HashMap<>();

    VersionList(SerializableFunction<Instant, String> formatter) {
        this.formatter = formatter;
        addClassNames("mm-card", "mm-resume-versions");
        list.addClassName("mm-resume-version-list");
        list.getElement().setAttribute("aria-label", "Earlier versions");
        empty.addClassName("mm-muted");
        add(new H3("Earlier versions"), empty, list);
    }

    void setVersions(List<ResumeSummary> versions, @Nullable UUID selected) {
        list.removeAll();
        rows.clear();
        versions.forEach(version -> list.add(row(version)));
        empty.setVisible(versions.isEmpty());
        list.setVisible(!versions.isEmpty());
        select(selected);
    }

    /** Marks the résumé shown on the page, for the eye and for screen readers. */
    void select(@Nullable UUID selected) {
        rows.forEach((id, row) -> {
            var current = id.equals(selected);
            row.getElement().getClassList().set("mm-resume-version-current", current);
            if (current) {
                row.getElement().setAttribute("aria-current", "true");
            } else {
                row.getElement().removeAttribute("aria-current");
            }
        });
    }

    private ListItem row(ResumeSummary version) {
        var id = version.id();
        var when = formatter.apply(version.createdAt());
        var role = version.targetRole();
        var show = new Button(role, event -> fireEvent(new ShowEvent(this, id)));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        show.addClassName("mm-resume-version-role");
        show.getElement().setAttribute("aria-label", "Show the résumé for " + role + " of " + when);
        var delete = new Button(VaadinIcon.TRASH.create(), event -> confirmDelete(id, role, when));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
        delete.getElement().setAttribute("aria-label", "Delete the résumé for " + role + " of " + when);
        delete.setTooltipText("Delete");
        var date = new Span(when);
        date.addClassName("mm-muted");
        var facts = new Div(date, status(version.status()));
        if (version.keywordMatchPercentage() != null) {
            var match = new Span(version.keywordMatchPercentage() + "% match");
            match.addClassName("mm-resume-version-match");
            facts.add(match);
        }
        facts.addClassName("mm-resume-version-facts");
        var text = new Div(show, facts);
        text.addClassName("mm-resume-version-text");
        var row = new ListItem(text, delete);
        row.addClassName("mm-resume-version");
        rows.put(id, row);
        return row;
    }

    private void confirmDelete(UUID id, String role, String when) {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Delete this résumé?");
        confirm.setText(
                "The résumé for " + role + " of " + when + " and its PDF will be deleted. This cannot be undone.");
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.addConfirmListener(confirmed -> fireEvent(new DeleteEvent(this, id)));
        confirm.open();
    }

    static Span status(ResumeStatus status) {
        var badge = new Span(
                switch (status) {
                    case QUEUED -> "Queued";
                    case GENERATING -> "Generating";
                    case READY -> "Ready";
                    case FAILED -> "Failed";
                });
        badge.getElement()
                .setAttribute(
                        "theme",
                        switch (status) {
                            case READY -> "badge success";
                            case FAILED -> "badge error";
                            default -> "badge contrast";
                        });
        return badge;
    }

    Registration addShowListener(ComponentEventListener<ShowEvent> listener) {
        return addListener(ShowEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    static class ShowEvent extends ComponentEvent<VersionList> {

        private final UUID id;

        ShowEvent(VersionList source, UUID id) {
            super(source, false);
            this.id = id;
        }

        UUID id() {
            return id;
        }
    }

    static class DeleteEvent extends ComponentEvent<VersionList> {

        private final UUID id;

        DeleteEvent(VersionList source, UUID id) {
            super(source, false);
            this.id = id;
        }

        UUID id() {
            return id;
        }
    }
}
