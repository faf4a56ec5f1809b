package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.ConflictDialog;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.Position;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalResponse;
import org.jwc.secretariat.proposal.ResponseDraft;

/** The party's position on a proposal addressed to it; support with changes starts from the proposal's text. */
class ResponseDialog extends FormDialog {

    private final Select<Position> position = new Select<>();
    private final LocalizedTextField amendedText = new LocalizedTextField(getTranslation("proposal.field.amendedText"), true);
    private final TextArea comment = new TextArea(getTranslation("proposal.field.comment"));
    /** The version of the party's response the user's edit is based on, if it had one. */
    private @Nullable Long version;
    private final Button save;

    ResponseDialog(NegotiationService negotiation, Proposal proposal, long partyId, @Nullable ProposalResponse earlier,
            ZoneId zone, Runnable onSaved) {
        setHeaderTitle(getTranslation("proposal.action.respond"));
        position.setLabel(getTranslation("proposal.field.position"));
        position.addClassName("response-position");
        position.setItems(Position.values());
        position.setItemLabelGenerator(p -> getTranslation("proposal.position." + p.name()));
        position.addValueChangeListener(e -> amendedText.setVisible(e.getValue() == Position.SUPPORT_WITH_CHANGES));
        comment.setWidthFull();
        fill(proposal, earlier);
        add(position, amendedText, comment);
        setWidth("min(60rem, 95vw)");
        var errors = new FormErrors(Map.<String, HasValidation>of("position", position, "amendedText", amendedText,
                "comment", comment));
        errors.onConflict(() -> conflict(negotiation, proposal, partyId, zone));
        save = addSaveAndCancel(errors, () -> negotiation.respond(proposal.id(), version,
                new ResponseDraft(position.getValue(), amendedText.getValue(), comment.getValue())), saved -> onSaved.run());
    }

    private void fill(Proposal proposal, @Nullable ProposalResponse response) {
        version = response == null ? null : response.getVersion();
        position.setValue(response == null ? Position.SUPPORT : response.position());
        amendedText.setValue(response == null || response.amendedText().isBlank() ? proposal.text() : response.amendedText());
        comment.setValue(response == null || response.comment() == null ? "" : response.comment());
    }

    /** Someone of the party saved a response meanwhile: compare, then keep this user's or take theirs. */
    private void conflict(NegotiationService negotiation, Proposal proposal, long partyId, ZoneId zone) {
        var latest = negotiation.responseOf(proposal.id(), partyId).orElseThrow();
        var otherChange = negotiation.responseHistory(proposal.id(), partyId).getLast().revision();
        new ConflictDialog(otherChange, zone, List.of(
                new ConflictDialog.Field("proposal.field.amendedText", latest.amendedText(), amendedText.getValue())),
                () -> {
                    version = latest.getVersion();
                    save.click();
                },
                () -> fill(proposal, latest))
                .withText("proposal.field.comment", latest.comment(), comment.getValue()).open();
    }
}
