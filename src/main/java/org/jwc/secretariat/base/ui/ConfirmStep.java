package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * A formal step asked once more before it is taken, saying what it does: submitting a proposal to
 * the other parties, circulating a version, approving a text of record, deleting a paragraph. The
 * user cannot take such a step back alone, so one click must not be enough.
 */
public final class ConfirmStep {

    private ConfirmStep() {
    }

    /**
     * @param className names the dialog, for tests and styles
     * @param confirm the confirm button's text: the step itself ("Submit to the parties"), never "OK"
     */
    public static void ask(String className, String header, String text, String confirm, boolean destructive, Runnable step) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("action.cancel"));
        dialog.setConfirmText(confirm);
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> step.run());
        dialog.addClassName(className);
        dialog.open();
    }
}
