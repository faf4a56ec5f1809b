package org.jwc.secretariat.minutes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.minutes.DocumentKind;
import org.jwc.secretariat.minutes.SignedDocument;
import org.jwc.secretariat.minutes.SignedDocumentDetails;
import org.jwc.secretariat.minutes.SignedDocumentService;
import org.jwc.secretariat.party.Party;

/**
 * Registers a signed document with its file, or edits an entry's details (its file never changes:
 * a wrong file is removed with its entry and registered again). Refused, nothing is saved and the
 * dialog stays open with the reason next to the field.
 */
class SignedDocumentDialog extends FormDialog {

    private final LocalizedTextField title = new LocalizedTextField(getTranslation("documents.field.title"));
    private final Select<DocumentKind> kind = new Select<>();
    private final MultiSelectComboBox<Long> signatories = new MultiSelectComboBox<>(getTranslation("documents.field.signatories"));
    private final DatePicker signedOn = new DatePicker(getTranslation("documents.field.signedOn"));

    SignedDocumentDialog(SignedDocumentService documents, long meetingId, List<Party> parties, Language language,
            @Nullable SignedDocument document, Consumer<SignedDocument> onSaved) {
        setHeaderTitle(getTranslation(document == null ? "documents.action.register" : "documents.action.edit"));
        addClassName("signed-document-dialog");
        title.addClassName("document-title");
        kind.addClassName("document-kind");
        signatories.addClassName("document-signatories");
        signedOn.addClassName("document-signed-on");
        kind.setLabel(getTranslation("documents.field.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("documents.kind." + k.name()));
        var names = new HashMap<Long, String>();
        parties.forEach(p -> names.put(p.id(), p.name(language)));
        signatories.setItems(parties.stream().map(Party::id).toList());
        signatories.setItemLabelGenerator(names::get);
        var form = new FormLayout(title, kind, signedOn, signatories);
        form.setColspan(title, 2);
        form.setColspan(signatories, 2);
        var fields = new HashMap<String, HasValidation>(Map.of("title", title, "kind", kind, "signatories", signatories, "signedOn", signedOn));
        if (document == null) {
            var upload = new DocumentUpload(documents, meetingId);
            form.add(upload, 2);
            fields.put("file", upload);
            addSaveAndCancel(new FormErrors(fields),
                    () -> documents.register(meetingId, details(), upload.fileName(), upload.content()), onSaved);
        } else {
            fill(document);
            addSaveAndCancel(new FormErrors(fields), () -> documents.edit(document.id(), document.getVersion(), details()), onSaved);
        }
        add(form);
        setWidth("min(48rem, 95vw)");
    }

    private void fill(SignedDocument document) {
        title.setValue(document.title());
        kind.setValue(document.kind());
        signatories.setValue(document.signatoryPartyIds());
        signedOn.setValue(document.signedOn());
    }

    private SignedDocumentDetails details() {
        return new SignedDocumentDetails(title.getValue(), kind.getValue(), Set.copyOf(signatories.getValue()), signedOn.getValue());
    }
}
