package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

    ResponseDialog(NegotiationService negotiation, Proposal proposal, @Nullable ProposalResponse earlier, Runnable onSaved) {
        setHeaderTitle(getTranslation("proposal.action.respond"));
        position.setLabel(getTranslation("proposal.field.position"));
        position.addClassName("response-position");
        position.setItems(Position.values());
        position.setItemLabelGenerator(p -> getTranslation("proposal.position." + p.name()));
        position.addValueChangeListener(e -> amendedText.setVisible(e.getValue() == Position.SUPPORT_WITH_CHANGES));
        position.setValue(earlier == null ? Position.SUPPORT : earlier.position());
        amendedText.setValue(earlier == null || earlier.amendedText().isBlank() ? proposal.text() : earlier.amendedText());
        comment.setWidthFull();
        if (earlier != null && earlier.comment() != null) {
            comment.setValue(earlier.comment());
        }
        add(position, amendedText, comment);
        setWidth("min(60rem, 95vw)");
        var errors = new FormErrors(Map.<String, HasValidation>of("position", position, "amendedText", amendedText,
                "comment", comment));
        addSaveAndCancel(errors, () -> negotiation.respond(proposal.id(), earlier == null ? null : earlier.getVersion(),
                new ResponseDraft(position.getValue(), amendedText.getValue(), comment.getValue())), saved -> onSaved.run());
    }
}
