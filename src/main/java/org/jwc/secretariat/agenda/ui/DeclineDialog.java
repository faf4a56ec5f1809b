package org.jwc.secretariat.agenda.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Function;
import org.jwc.secretariat.agenda.AgendaItem;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;

/** The host declines an item with a reason, which its party reads. */
class DeclineDialog extends FormDialog {

    DeclineDialog(Function<String, AgendaItem> decline, Runnable onDeclined) {
        setHeaderTitle(getTranslation("agenda.action.decline"));
        var reason = new TextArea(getTranslation("agenda.field.declineReason"));
        reason.setWidthFull();
        add(reason);
        setWidth("min(36rem, 95vw)");
        addSaveAndCancel(new FormErrors(Map.of("reason", reason)), () -> decline.apply(reason.getValue()),
                declined -> onDeclined.run());
    }
}
