package com.mockmate.assessment.ui;

import com.mockmate.assessment.service.DrawRule;
import com.mockmate.base.ui.ServiceRef;
import com.mockmate.catalog.service.QuestionDetails;
import com.mockmate.catalog.service.QuestionService;
import com.mockmate.catalog.service.TopicDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The builder's question parts: how questions are chosen (new tests only), the chosen ones in order, and the bank
 * picker or the draw rules. The editor places {@link #chosen} and {@link #sources} in its two columns.
 */
class QuestionsSection implements Serializable {

    /**
     * Told about every change. An object rather than one shared lambda: a serialized lambda that several others
     * capture cannot be read back from the session.
     */
    interface Owner extends Serializable {
        void questionsChanged();
    }

    final QuestionSource source = new QuestionSource();
    final H4 selectedTitle = new H4();
    final H4 addTitle = new H4();
    final SelectedQuestions selected;
    final QuestionPicker picker;
    final DrawRulesEditor rules;
    final VerticalLayout chosen;
    final VerticalLayout sources;

    QuestionsSection(
            ServiceRef<QuestionService> questions,
            List<TopicDetails> topics,
            Map<UUID, String> topicNames,
            Owner owner) {
        selected = new SelectedQuestions(topicNames, owner::questionsChanged);
        picker = new QuestionPicker(questions, topics);
        rules = new DrawRulesEditor(topics, topicNames, owner::questionsChanged);
        source.addValueChangeListener(e -> owner.questionsChanged());
        picker.addAddListener(e -> selected.addAll(e.questions()));
        chosen = part(source, selectedTitle, selected);
        sources = part(addTitle, picker, rules);
    }

    /** Shows what fits a new or a saved test and whether the user may change it. */
    void update(boolean isNew, boolean editable) {
        boolean drawing = drawing(isNew);
        source.setVisible(isNew);
        selectedTitle.setVisible(!drawing);
        selected.setVisible(!drawing);
        selected.setEditable(editable);
        picker.setVisible(editable && !drawing);
        rules.setVisible(drawing);
        selectedTitle.setText("Questions in this test (" + selected.ids().size() + ")");
        addTitle.setText(drawing ? "Draw rules" : "Add questions from the bank");
        addTitle.setVisible(editable);
        picker.markAdded(selected.ids());
    }

    /** Draw rules only apply when creating a test; saved tests hold concrete questions. */
    boolean drawing(boolean isNew) {
        return isNew && source.drawing();
    }

    void setQuestions(List<QuestionDetails> questions) {
        selected.setQuestions(questions);
    }

    List<UUID> ids() {
        return selected.ids();
    }

    List<QuestionDetails> questions() {
        return selected.questions();
    }

    List<DrawRule> drawRules() {
        return rules.rules();
    }

    /** Whether anything was chosen that a new test would lose. */
    boolean anythingChosen() {
        return !ids().isEmpty() || !drawRules().isEmpty();
    }

    private static VerticalLayout part(Component... components) {
        var part = new VerticalLayout(components);
        part.setPadding(false);
        return part;
    }
}
