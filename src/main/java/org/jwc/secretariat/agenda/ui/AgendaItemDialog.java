package org.jwc.secretariat.agenda.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.agenda.AgendaItem;
import org.jwc.secretariat.agenda.AgendaItemDraft;
import org.jwc.secretariat.agenda.AgendaItemKind;
import org.jwc.secretariat.agenda.AgendaService;
import org.jwc.secretariat.base.ui.ConflictDialog;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;

/** Drafts or edits one of the party's agenda items; a draft may be in one language for now. */
class AgendaItemDialog extends FormDialog {

    private final LocalizedTextField title = new LocalizedTextField(getTranslation("agenda.field.title"));
    private final LocalizedTextField description = new LocalizedTextField(getTranslation("agenda.field.description"), true);
    private final Select<AgendaItemKind> kind = new Select<>();
    private final IntegerField duration = new IntegerField(getTranslation("agenda.field.duration"));
    private final TextField speaker = new TextField(getTranslation("agenda.field.speaker"));

    /** The version the user's edit is based on; the conflict dialog moves it on when they choose. */
    private long version;
    private final Button save;

    AgendaItemDialog(AgendaService agenda, long meetingId, @Nullable AgendaItem item, ZoneId zone, Runnable onSaved) {
        setHeaderTitle(getTranslation(item == null ? "agenda.action.new" : "agenda.action.edit"));
        kind.setLabel(getTranslation("agenda.field.kind"));
        kind.setItems(AgendaItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("agenda.kind." + k.name()));
        kind.setValue(AgendaItemKind.SPEECH);
        duration.setValue(10);
        duration.setStepButtonsVisible(true);
        if (item != null) {
            fill(item);
        }
        var form = new FormLayout(title, description, kind, duration, speaker);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        setWidth("min(52rem, 95vw)");
        var errors = new FormErrors(Map.<String, HasValidation>of("title", title, "description", description,
                "kind", kind, "durationMinutes", duration, "speaker", speaker));
        if (item != null) {
            errors.onConflict(() -> conflict(agenda, item.id(), zone));
        }
        save = addSaveAndCancel(errors, () -> item == null
                ? agenda.draft(meetingId, draft())
                : agenda.edit(item.id(), version, draft()), saved -> onSaved.run());
    }

    private void fill(AgendaItem item) {
        version = item.getVersion();
        title.setValue(item.title());
        description.setValue(item.description());
        kind.setValue(item.kind());
        duration.setValue(item.durationMinutes());
        speaker.setValue(item.speaker() == null ? "" : item.speaker());
    }

    /** Someone of the party saved the item meanwhile: compare, then keep this user's text or take theirs. */
    private void conflict(AgendaService agenda, long id, ZoneId zone) {
        var latest = agenda.get(id);
        new ConflictDialog(agenda.history(id).getLast().revision(), zone, List.of(
                new ConflictDialog.Field("agenda.field.title", latest.title(), title.getValue()),
                new ConflictDialog.Field("agenda.field.description", latest.description(), description.getValue())),
                () -> {
                    version = latest.getVersion();
                    save.click();
                }, () -> fill(latest)).open();
    }

    private AgendaItemDraft draft() {
        return new AgendaItemDraft(title.getValue(), description.getValue(), kind.getValue(),
                duration.getValue() == null ? 0 : duration.getValue(), speaker.getValue());
    }
}
