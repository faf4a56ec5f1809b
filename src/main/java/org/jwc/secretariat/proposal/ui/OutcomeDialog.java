package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.Position;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalResponse;
import org.jwc.secretariat.proposal.ProposalStatus;

/** The host records how the negotiation of a proposal ended, and why. */
class OutcomeDialog extends FormDialog {

    private final Select<ProposalStatus> outcome = new Select<>();
    private final Select<ProposalResponse> amendment = new Select<>();
    private final TextArea reason = new TextArea(getTranslation("proposal.field.outcomeReason"));

    OutcomeDialog(NegotiationService negotiation, Proposal proposal, Map<Long, Party> parties, Language language,
            Runnable onSaved) {
        setHeaderTitle(getTranslation("proposal.action.decide"));
        outcome.setLabel(getTranslation("proposal.field.outcome"));
        outcome.addClassName("outcome");
        outcome.setItems(ProposalStatus.OUTCOMES);
        outcome.setItemLabelGenerator(s -> getTranslation("proposal.status." + s.name()));
        List<ProposalResponse> amendments = negotiation.responses(proposal.id()).stream()
                .filter(r -> r.position() == Position.SUPPORT_WITH_CHANGES).toList();
        amendment.setLabel(getTranslation("proposal.field.amendedResponse"));
        amendment.addClassName("agreed-amendment");
        amendment.setItems(amendments);
        amendment.setItemLabelGenerator(r -> parties.get(r.partyId()).name(language) + ": " + r.amendedText().in(language));
        amendment.setVisible(false);
        outcome.addValueChangeListener(e -> amendment.setVisible(e.getValue() == ProposalStatus.AGREED_AMENDED));
        reason.setWidthFull();
        add(outcome, amendment, reason);
        setWidth("min(48rem, 95vw)");
        var errors = new FormErrors(Map.<String, HasValidation>of("outcome", outcome, "amendedResponse", amendment, "reason", reason));
        addSaveAndCancel(errors, () -> negotiation.decide(proposal.id(), proposal.getVersion(), outcome.getValue(),
                reason.getValue(), amendment.getValue() == null ? null : amendment.getValue().id()), saved -> onSaved.run());
    }
}
