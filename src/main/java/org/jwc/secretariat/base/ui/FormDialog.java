package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A dialog that edits one record: saved, it closes; refused, it stays open with the reason. */
public abstract class FormDialog extends Dialog {

    protected <T> Button addSaveAndCancel(FormErrors errors, Supplier<T> save, Consumer<? super T> onSaved) {
        var saveButton = new Button(getTranslation("action.save"), e -> {
            var saved = errors.save(save);
            if (saved != null) {
                Notifications.success(getTranslation("action.saved"));
                onSaved.accept(saved);
                close();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), saveButton);
        return saveButton;
    }
}
