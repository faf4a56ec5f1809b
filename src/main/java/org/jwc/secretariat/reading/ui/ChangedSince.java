package org.jwc.secretariat.reading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.reading.LastLook;

/** "Changed since you last looked": how many saved changes, and a button to see them marked. */
public class ChangedSince extends Div {

    public ChangedSince(LastLook look, long changes, ZoneId zone, Runnable showChanges) {
        addClassName("changed-since");
        var show = new Button(getTranslation("reading.showChanges"), e -> showChanges.run());
        show.addClassName("show-changes");
        show.addThemeVariants(ButtonVariant.SMALL);
        add(new Span(getTranslation("reading.changedSince", changes,
                Times.format(look.at(), zone, UiLanguage.current().locale()))), show);
    }
}
