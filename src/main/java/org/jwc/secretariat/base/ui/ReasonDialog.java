package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Function;

/** Asks for the reason of a decision the others will read (a declined item, reopened minutes), then takes it. */
public class ReasonDialog extends FormDialog {

    public ReasonDialog(String titleKey, String reasonKey, Function<String, ?> decide, Runnable onDecided) {
        setHeaderTitle(getTranslation(titleKey));
        var reason = new TextArea(getTranslation(reasonKey));
        reason.setWidthFull();
        add(reason);
        setWidth("min(36rem, 95vw)");
        addSaveAndCancel(new FormErrors(Map.of("reason", reason)), () -> decide.apply(reason.getValue()), done -> onDecided.run());
    }
}
