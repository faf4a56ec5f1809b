package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.FormDialog;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.OutcomeDraft;
import org.jwc.secretariat.proposal.Position;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalResponse;
import org.jwc.secretariat.proposal.ProposalStatus;

/**
 * The host records how the negotiation of a proposal ended: agreed as amended takes a counterpart's
 * amended text or the host's own wording; a deferral or non-agreement says why.
 */
class OutcomeDialog extends FormDialog {

    /** What an agreement as amended takes: a counterpart's response, or (without one) the host's wording. */
    private record Wording(@Nullable ProposalResponse amendment) {
        static final Wording HOST = new Wording(null);
    }

    private final Select<ProposalStatus> outcome = new Select<>();
    private final Select<Wording> wording = new Select<>();
    private final LocalizedTextField hostWording = new LocalizedTextField(getTranslation("proposal.field.hostWording"), true);
    private final TextArea reason = new TextArea(getTranslation("proposal.field.outcomeReason"));

    OutcomeDialog(NegotiationService negotiation, Proposal proposal, Map<Long, Party> parties, Language language,
            Runnable onSaved) {
        setHeaderTitle(getTranslation("proposal.action.decide"));
        outcome.setLabel(getTranslation("proposal.field.outcome"));
        outcome.addClassName("outcome");
        outcome.setItems(ProposalStatus.OUTCOMES);
        outcome.setItemLabelGenerator(s -> getTranslation("proposal.status." + s.name()));
        var choices = new ArrayList<>(negotiation.responses(proposal.id()).stream()
                .filter(r -> r.position() == Position.SUPPORT_WITH_CHANGES).map(Wording::new).toList());
        choices.add(Wording.HOST);
        wording.setLabel(getTranslation("proposal.field.agreedWording"));
        wording.addClassName("agreed-amendment");
        wording.setItems(choices);
        wording.setItemLabelGenerator(w -> w.amendment() == null ? getTranslation("proposal.agreedWording.host")
                : parties.get(w.amendment().partyId()).name(language) + ": " + w.amendment().amendedText().in(language));
        wording.setRequiredIndicatorVisible(true);
        if (choices.size() == 1) {
            // No counterpart gave an amended text: the host's own wording is the only choice. Among
            // several, the host picks one, so that no party's text is agreed by default.
            wording.setValue(Wording.HOST);
        }
        hostWording.addClassName("host-wording");
        // The host starts from the proposal's text, as a counterpart amending it does.
        hostWording.setValue(proposal.text());
        reason.setWidthFull();
        outcome.addValueChangeListener(e -> show());
        wording.addValueChangeListener(e -> show());
        show();
        add(outcome, wording, hostWording, reason);
        setWidth("min(60rem, 95vw)");
        var errors = new FormErrors(Map.<String, HasValidation>of("outcome", outcome, "amendedResponse", wording,
                "hostWording", hostWording, "reason", reason));
        addSaveAndCancel(errors, () -> negotiation.decide(proposal.id(), proposal.getVersion(), draft()), saved -> onSaved.run());
    }

    /** The fields the chosen outcome asks for; the reason is marked required where the service requires it. */
    private void show() {
        var amended = outcome.getValue() == ProposalStatus.AGREED_AMENDED;
        wording.setVisible(amended);
        hostWording.setVisible(amended && wording.getValue() != null && wording.getValue().amendment() == null);
        reason.setVisible(outcome.getValue() != null);
        reason.setRequiredIndicatorVisible(outcome.getValue() != null && outcome.getValue().needsReason());
    }

    /** Only what the chosen outcome takes: a hidden field's content is not sent. */
    private OutcomeDraft draft() {
        var choice = outcome.getValue() == ProposalStatus.AGREED_AMENDED ? wording.getValue() : null;
        if (choice == null) {
            return new OutcomeDraft(outcome.getValue(), reason.getValue(), null, null);
        }
        return choice.amendment() == null ? new OutcomeDraft(outcome.getValue(), reason.getValue(), null, hostWording.getValue())
                : new OutcomeDraft(outcome.getValue(), reason.getValue(), choice.amendment().id(), null);
    }
}
