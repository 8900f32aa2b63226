package com.mockmate.assessment.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** For a new test only: pick questions one by one, or let draw rules choose them when the test is created. */
class QuestionSource extends RadioButtonGroup<QuestionSource.Choice> {

    enum Choice {
        PICK,
        DRAW
    }

    QuestionSource() {
        super("How are the questions chosen?");
        setItems(Choice.values());
        setItemLabelGenerator(c -> c == Choice.PICK ? "Pick questions from the bank" : "Draw at random by topic");
        setValue(Choice.PICK);
    }

    boolean drawing() {
        return getValue() == Choice.DRAW;
    }
}
