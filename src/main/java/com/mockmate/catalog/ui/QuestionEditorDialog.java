package com.mockmate.catalog.ui;

import com.mockmate.base.ui.Confirmations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/**
 * The question form in a dialog. Closing it in any way (Cancel, the close button, Escape, a click outside) asks before
 * throwing away unsaved changes; authors lose long reference answers otherwise.
 */
class QuestionEditorDialog extends Dialog {

    final QuestionForm form = new QuestionForm();
    private @Nullable ConfirmDialog discardConfirmation;

    QuestionEditorDialog(String title, QuestionFields fields, @Nullable Long version) {
        setHeaderTitle(title);
        var close = new Button(VaadinIcon.CLOSE.create(), e -> closeUnlessChanged());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel("Close");
        getHeader().add(close);
        setWidth("min(52rem, 96vw)");
        setDraggable(true);
        addDialogCloseActionListener(e -> closeUnlessChanged());
        form.addCancelListener(e -> closeUnlessChanged());
        form.edit(fields, version);
        add(form);
        // In the footer the buttons stay in view however long the key points and reference answer grow.
        getFooter().add(form.cancel, form.save);
    }

    void closeUnlessChanged() {
        if (!form.hasChanges()) {
            close();
            return;
        }
        discardConfirmation = Confirmations.discardChanges("this question", this::close);
    }

    @Nullable
    ConfirmDialog discardConfirmation() {
        return discardConfirmation;
    }
}
