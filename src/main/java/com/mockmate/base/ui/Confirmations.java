package com.mockmate.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableRunnable;

/** Confirmation dialogs that several editors share, worded the same everywhere. */
public final class Confirmations {

    private Confirmations() {}

    /** "Discard changes?" with "Keep editing" as the safe default; opens it and returns it. */
    public static ConfirmDialog discardChanges(String what, SerializableRunnable onDiscard) {
        var confirm = new ConfirmDialog();
        confirm.setHeader("Discard changes?");
        confirm.setText("You changed " + what + " but did not save it. Discard your changes?");
        confirm.setConfirmText("Discard changes");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> onDiscard.run());
        confirm.setCancelable(true);
        confirm.setCancelText("Keep editing");
        confirm.open();
        return confirm;
    }
}
