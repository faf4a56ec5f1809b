package org.jwc.secretariat.agenda.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.agenda.AgendaItem;
import org.jwc.secretariat.agenda.AgendaItemDraft;
import org.jwc.secretariat.agenda.AgendaItemKind;
import org.jwc.secretariat.agenda.AgendaService;
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

    AgendaItemDialog(AgendaService agenda, long meetingId, @Nullable AgendaItem item, Runnable onSaved) {
        setHeaderTitle(getTranslation(item == null ? "agenda.action.new" : "agenda.action.edit"));
        kind.setLabel(getTranslation("agenda.field.kind"));
        kind.setItems(AgendaItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("agenda.kind." + k.name()));
        kind.setValue(AgendaItemKind.SPEECH);
        duration.setValue(10);
        duration.setStepButtonsVisible(true);
        if (item != null) {
            title.setValue(item.title());
            description.setValue(item.description());
            kind.setValue(item.kind());
            duration.setValue(item.durationMinutes());
            speaker.setValue(item.speaker() == null ? "" : item.speaker());
        }
        var form = new FormLayout(title, description, kind, duration, speaker);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        setWidth("min(52rem, 95vw)");
        var errors = new FormErrors(Map.<String, HasValidation>of("title", title, "description", description,
                "kind", kind, "durationMinutes", duration, "speaker", speaker));
        addSaveAndCancel(errors, () -> item == null
                ? agenda.draft(meetingId, draft())
                : agenda.edit(item.id(), item.getVersion(), draft()), saved -> onSaved.run());
    }

    private AgendaItemDraft draft() {
        return new AgendaItemDraft(title.getValue(), description.getValue(), kind.getValue(),
                duration.getValue() == null ? 0 : duration.getValue(), speaker.getValue());
    }
}
