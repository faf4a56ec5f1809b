package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.ConflictDialog;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.communique.Paragraph;
import org.jwc.secretariat.communique.ParagraphEdit;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.party.Party;

/**
 * The host writes a paragraph as a pair (English optional): its kind and, unless it is common, the
 * parties it names. Changing one language alone leaves the other to be confirmed; a save over
 * someone else's newer one asks what to keep.
 */
class ParagraphDialog extends FormDialog {

    private final Select<ParagraphKind> kind = new Select<>();
    private final MultiSelectComboBox<Long> parties = new MultiSelectComboBox<>(getTranslation("communique.field.parties"));
    private final LocalizedTextField text = new LocalizedTextField(getTranslation("communique.field.text"), true);
    /** The version the user's text is based on; the conflict dialog moves it on when they keep theirs. */
    private long version;
    private final Button save;

    /** Edits the paragraph, or with none adds one at the end of the section. */
    ParagraphDialog(CommuniquePage page, long sectionId, @Nullable Paragraph paragraph) {
        setHeaderTitle(getTranslation(paragraph == null ? "communique.action.add" : "communique.action.edit"));
        addClassName("paragraph-dialog");
        kind.setLabel(getTranslation("communique.field.kind"));
        kind.setItems(ParagraphKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("communique.kind." + k.name()));
        kind.addValueChangeListener(e -> parties.setVisible(e.getValue() != ParagraphKind.COMMON));
        kind.addClassName("paragraph-kind-field");
        parties.setItems(page.takingPart().stream().map(Party::id).toList());
        parties.setItemLabelGenerator(page::partyName);
        parties.addClassName("paragraph-parties-field");
        text.addClassName("paragraph-text-field");
        kind.setValue(ParagraphKind.COMMON);
        if (paragraph != null) {
            fill(paragraph);
        }
        var form = new FormLayout(kind, parties, text);
        form.setColspan(text, 2);
        add(form);
        setWidth("min(64rem, 95vw)");
        var editing = page.services().editing();
        var errors = new FormErrors(Map.<String, HasValidation>of("kind", kind, "parties", parties, "text", text));
        if (paragraph != null) {
            errors.onConflict(() -> conflict(page, paragraph.id()));
        }
        save = addSaveAndCancel(errors, () -> paragraph == null
                ? editing.add(sectionId, Integer.MAX_VALUE, edit())
                : editing.edit(paragraph.id(), version, edit()), saved -> page.refresh());
    }

    private void fill(Paragraph paragraph) {
        version = paragraph.getVersion();
        kind.setValue(paragraph.kind());
        parties.setValue(paragraph.partyIds());
        text.setValue(paragraph.text());
    }

    private ParagraphEdit edit() {
        var named = kind.getValue() == ParagraphKind.COMMON ? Set.<Long>of() : parties.getValue();
        return new ParagraphEdit(kind.getValue(), List.copyOf(named), text.getValue());
    }

    /** Someone saved the paragraph meanwhile: compare, then keep this user's text or take theirs. */
    private void conflict(CommuniquePage page, long id) {
        var communiques = page.services().communiques();
        var latest = communiques.paragraph(id);
        new ConflictDialog(communiques.history(id).getLast().revision(), page.zone(), List.of(
                new ConflictDialog.Field("communique.field.text", latest.text(), text.getValue())),
                () -> {
                    version = latest.getVersion();
                    save.click();
                },
                () -> fill(latest)).open();
    }
}
