package com.mockmate.assessment.ui;

import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.ui.DifficultyBadge;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The questions of the assessment in interview order. Rows move with the arrow buttons or by drag and drop; either
 * way the order is what the interviewer follows.
 */
class SelectedQuestions extends Grid<QuestionDetails> {

    private final List<QuestionDetails> items = new ArrayList<>();
    private final Map<UUID, String> topicNames;
    private final SerializableRunnable onChange;
    private @Nullable QuestionDetails dragged;
    private boolean editable = true;

    SelectedQuestions(Map<UUID, String> topicNames, SerializableRunnable onChange) {
        super(QuestionDetails.class, false);
        this.topicNames = topicNames;
        this.onChange = onChange;
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(q -> items.indexOf(q) + 1).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        addComponentColumn(this::questionCell).setHeader("Question").setFlexGrow(1);
        addComponentColumn(q -> DifficultyBadge.of(q.difficulty()))
                .setHeader("Difficulty")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        addComponentColumn(this::moveButtons)
                .setKey("actions")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        setEmptyStateText("No questions yet. Pick them from the bank on the right.");
        setItems(items);
        // At most 50 questions: the whole list stays visible instead of scrolling inside a fixed box.
        setAllRowsVisible(true);
        enableDragAndDrop();
    }

    private void enableDragAndDrop() {
        setRowsDraggable(true);
        addDragStartListener(e -> {
            dragged = e.getDraggedItems().getFirst();
            setDropMode(GridDropMode.BETWEEN);
        });
        addDragEndListener(e -> {
            dragged = null;
            setDropMode(null);
        });
        addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            var moving = dragged;
            if (moving == null || moving.equals(target)) {
                return;
            }
            items.remove(moving);
            int at = items.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            items.add(at, moving);
            changed();
        }));
    }

    void setQuestions(List<QuestionDetails> questions) {
        items.clear();
        items.addAll(questions);
        getDataProvider().refreshAll();
    }

    /** Appends the questions not yet in the assessment; returns how many were new. */
    int addAll(List<QuestionDetails> questions) {
        var known = ids();
        var added = questions.stream().filter(q -> !known.contains(q.id())).toList();
        items.addAll(added);
        if (!added.isEmpty()) {
            changed();
        }
        return added.size();
    }

    void move(QuestionDetails question, int by) {
        int from = items.indexOf(question);
        int to = from + by;
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        items.remove(from);
        items.add(to, question);
        changed();
    }

    void remove(QuestionDetails question) {
        items.remove(question);
        changed();
    }

    List<QuestionDetails> questions() {
        return List.copyOf(items);
    }

    List<UUID> ids() {
        return items.stream().map(QuestionDetails::id).toList();
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        setRowsDraggable(editable);
        getDataProvider().refreshAll();
    }

    private void changed() {
        getDataProvider().refreshAll();
        onChange.run();
    }

    private Component questionCell(QuestionDetails question) {
        var text = new Span(question.text());
        var topic = new Span(topicNames.getOrDefault(question.topicId(), ""));
        topic.addClassName("mm-muted");
        topic.addClassName("mm-small");
        var cell = new Div(text, topic);
        cell.addClassName("mm-question-cell");
        return cell;
    }

    private Component moveButtons(QuestionDetails question) {
        int index = items.indexOf(question);
        var up = iconButton(VaadinIcon.ARROW_UP, "Move up", e -> move(question, -1));
        up.setEnabled(editable && index > 0);
        var down = iconButton(VaadinIcon.ARROW_DOWN, "Move down", e -> move(question, 1));
        down.setEnabled(editable && index < items.size() - 1);
        var remove = iconButton(VaadinIcon.CLOSE_SMALL, "Remove from the test", e -> remove(question));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setEnabled(editable);
        var box = new HorizontalLayout(up, down, remove);
        box.setSpacing(false);
        return box;
    }

    private static Button iconButton(
            VaadinIcon icon, String label, ComponentEventListener<ClickEvent<Button>> listener) {
        var button = new Button(icon.create(), listener);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
