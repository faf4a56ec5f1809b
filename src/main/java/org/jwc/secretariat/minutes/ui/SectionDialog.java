package org.jwc.secretariat.minutes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jwc.secretariat.base.ui.ConflictDialog;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.minutes.MinutesSection;
import org.jwc.secretariat.minutes.MinutesService;
import org.jwc.secretariat.minutes.SectionText;

/** Writes a section of the minutes in each language; a save over someone else's newer one asks what to keep. */
class SectionDialog extends FormDialog {

    private final LocalizedTextField heading = new LocalizedTextField(getTranslation("minutes.field.heading"));
    private final LocalizedTextField body = new LocalizedTextField(getTranslation("minutes.field.body"), true);
    /** The version the user's text is based on; the conflict dialog moves it on when they keep theirs. */
    private long version;
    private final Button save;

    SectionDialog(MinutesService minutes, MinutesSection section, ZoneId zone, Consumer<MinutesSection> onSaved) {
        setHeaderTitle(getTranslation("minutes.action.edit"));
        heading.addClassName("section-heading-field");
        body.addClassName("section-body-field");
        fill(section);
        var form = new FormLayout(heading, body);
        form.setColspan(heading, 2);
        form.setColspan(body, 2);
        add(form);
        setWidth("min(64rem, 95vw)");
        var errors = new FormErrors(Map.<String, HasValidation>of("heading", heading, "body", body))
                .onConflict(() -> conflict(minutes, section.id(), zone));
        save = addSaveAndCancel(errors, () -> minutes.write(section.id(), version, new SectionText(heading.getValue(), body.getValue())),
                onSaved);
    }

    private void fill(MinutesSection section) {
        version = section.getVersion();
        heading.setValue(section.heading());
        body.setValue(section.body());
    }

    /** Someone saved the section meanwhile: compare, then keep this user's text or take theirs. */
    private void conflict(MinutesService minutes, long id, ZoneId zone) {
        var latest = minutes.section(id);
        new ConflictDialog(minutes.history(id).getLast().revision(), zone, List.of(
                new ConflictDialog.Field("minutes.field.heading", latest.heading(), heading.getValue()),
                new ConflictDialog.Field("minutes.field.body", latest.body(), body.getValue())),
                () -> {
                    version = latest.getVersion();
                    save.click();
                },
                () -> fill(latest)).open();
    }
}
