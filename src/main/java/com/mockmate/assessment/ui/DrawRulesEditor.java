package com.mockmate.assessment.ui;

import com.mockmate.assessment.service.DrawRule;
import com.mockmate.catalog.domain.Difficulty;
import com.mockmate.catalog.service.TopicDetails;
import com.mockmate.catalog.ui.DifficultyBadge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Draw rules such as "2 medium questions from Java". The service draws the questions once, when the test is created;
 * afterwards the test holds ordinary questions that can be reordered or replaced.
 */
class DrawRulesEditor extends VerticalLayout {

    final Select<TopicDetails> topic = new Select<>();
    final Select<Difficulty> difficulty = new Select<>();
    final IntegerField count = new IntegerField("How many");
    final Button addRule = new Button("Add rule", VaadinIcon.PLUS.create());
    final Grid<DrawRule> grid = new Grid<>(DrawRule.class, false);
    private final List<DrawRule> rules = new ArrayList<>();
    private final Map<UUID, String> topicNames;
    private final SerializableRunnable onChange;

    DrawRulesEditor(List<TopicDetails> topics, Map<UUID, String> topicNames, SerializableRunnable onChange) {
        this.topicNames = topicNames;
        this.onChange = onChange;
        setPadding(false);
        var hint = new Paragraph("Questions are drawn at random when you create the test, without repeats. You can then"
                + " reorder or replace them before publishing.");
        hint.addClassName("mm-muted");
        topic.setLabel("Topic");
        topic.setItems(topics);
        topic.setItemLabelGenerator(t -> t == null ? "" : t.name() + " (" + t.questionCount() + ")");
        topic.setPlaceholder("Choose a topic");
        difficulty.setLabel("Difficulty");
        difficulty.setItems(Difficulty.values());
        difficulty.setEmptySelectionAllowed(true);
        difficulty.setEmptySelectionCaption("Any");
        difficulty.setItemLabelGenerator(d -> d == null ? "Any" : DifficultyBadge.label(d));
        difficulty.setWidth("9rem");
        count.setMin(1);
        count.setMax(50);
        count.setValue(2);
        count.setStepButtonsVisible(true);
        count.setWidth("8rem");
        addRule.addClickListener(e -> addRule());
        var row = new HorizontalLayout(topic, difficulty, count, addRule);
        row.setAlignItems(Alignment.BASELINE);
        row.addClassName("mm-filter-bar");

        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> topicNames.getOrDefault(r.topicId(), "?"))
                .setHeader("Topic")
                .setFlexGrow(1);
        grid.addColumn(r -> r.difficulty() == null ? "Any" : DifficultyBadge.label(r.difficulty()))
                .setHeader("Difficulty");
        grid.addColumn(DrawRule::count).setHeader("Questions");
        grid.addComponentColumn(this::removeButton).setWidth("4rem").setFlexGrow(0);
        grid.setItems(rules);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No rules yet. Add one above.");
        add(hint, row, grid);
    }

    List<DrawRule> rules() {
        return List.copyOf(rules);
    }

    int questionCount() {
        return rules.stream().mapToInt(DrawRule::count).sum();
    }

    private void addRule() {
        topic.setInvalid(topic.getValue() == null);
        topic.setErrorMessage("Choose a topic");
        var n = count.getValue();
        count.setInvalid(n == null || n < 1 || n > 50);
        count.setErrorMessage("1 to 50");
        if (topic.isInvalid() || count.isInvalid()) {
            return;
        }
        rules.add(new DrawRule(topic.getValue().id(), difficulty.getValue(), n));
        grid.getDataProvider().refreshAll();
        onChange.run();
    }

    private Button removeButton(DrawRule rule) {
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            rules.remove(rule);
            grid.getDataProvider().refreshAll();
            onChange.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove rule");
        remove.setTooltipText("Remove rule");
        return remove;
    }
}
