package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.Objects;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.commitment.CommitmentStatus;
import org.jwc.secretariat.commitment.CommitmentView;
import org.jwc.secretariat.commitment.ProgressReport;

/**
 * A party's report on a commitment: its status now, the date, and what was done in each language.
 * Refused, nothing is saved and the dialog stays open with the reason next to the field.
 */
class ProgressDialog extends FormDialog {

    private final Select<CommitmentStatus> status = new Select<>();
    private final DatePicker notedOn = new DatePicker(getTranslation("commitment.field.notedOn"));
    private final LocalizedTextField text = new LocalizedTextField(getTranslation("commitment.field.progress"), true);

    ProgressDialog(CommitmentContext context, CommitmentView view, Runnable onSaved) {
        var commitment = view.commitment();
        setHeaderTitle(getTranslation("commitment.action.record") + " – "
                + getTranslation("commitment.paragraph", commitment.paragraphNumber()));
        addClassName("progress-dialog");
        status.setLabel(getTranslation("commitment.field.status"));
        status.setItems(CommitmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("commitment.status." + s.name()));
        status.addClassName("progress-status");
        // The party's current status to start from: a report usually moves it on, or confirms it.
        view.parties().stream().filter(p -> Objects.equals(p.partyId(), context.user().partyId())).findFirst()
                .ifPresent(p -> status.setValue(p.status()));
        notedOn.setValue(context.today());
        notedOn.setMax(context.today());
        notedOn.addClassName("progress-date");
        text.addClassName("progress-text");
        var form = new FormLayout(status, notedOn, text);
        form.setColspan(text, 2);
        add(form);
        setWidth("min(48rem, 95vw)");
        Map<String, HasValidation> fields = Map.of("status", status, "notedOn", notedOn, "text", text);
        addSaveAndCancel(new FormErrors(fields), () -> context.commitments().report(commitment.id(),
                new ProgressReport(status.getValue(), notedOn.getValue(), text.getValue())), note -> onSaved.run());
    }
}
