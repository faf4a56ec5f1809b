package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.ConfirmStep;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.proposal.ProposalStatus;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;

/** The buttons the reader's party and role allow on a proposal; the services decide in the end. */
class ProposalActions extends HorizontalLayout {

    record Context(ProposalService proposals, NegotiationService negotiation, MeetingService meetings, Proposal proposal,
            Meeting meeting, SecretariatUser user, AreaChoices areas, Map<Long, Party> parties, @Nullable String background) {
    }

    private static final EnumSet<Phase> DRAFTING = EnumSet.of(Phase.PREPARATION, Phase.NEGOTIATION);
    private static final EnumSet<Phase> NEGOTIATING = EnumSet.of(Phase.PREPARATION, Phase.NEGOTIATION, Phase.IN_SESSION);

    private final Runnable refresh;

    ProposalActions(Context c, Runnable history, Runnable refresh) {
        this.refresh = refresh;
        addClassName("proposal-actions");
        var p = c.proposal();
        var user = c.user();
        var phase = c.meeting().phase();
        var own = Objects.equals(user.partyId(), p.ownerPartyId());
        var secretary = user.hasRole(Role.SECRETARY);
        var drafter = secretary || user.hasRole(Role.DELEGATE);
        if (own && DRAFTING.contains(phase) && (p.status() == ProposalStatus.DRAFT ? drafter : secretary && p.status().isOpen())) {
            add(button("proposal.action.edit", () -> new ProposalDialog(c.proposals(), c.areas(), c.parties(), c.meeting(),
                    p.ownerPartyId(), p, c.background(), saved -> refresh.run()).open()));
        }
        if (own && secretary && p.status() == ProposalStatus.DRAFT && DRAFTING.contains(phase)) {
            add(button("proposal.action.submit", () -> ConfirmStep.ask("confirm-submission", getTranslation("proposal.action.submit"),
                    getTranslation("proposal.confirm.submit", p.title().in(UiLanguage.current()),
                            ProposalView.addressees(p, c.parties(), UiLanguage.current())),
                    getTranslation("proposal.confirm.submitButton"), false,
                    () -> attempt(() -> c.proposals().submit(p.id(), p.getVersion())))));
        }
        if (own && secretary && p.status().isOpen() && NEGOTIATING.contains(phase)) {
            add(action("proposal.action.withdraw", () -> c.proposals().withdraw(p.id(), p.getVersion())));
        }
        var addressed = user.partyId() != null && p.addresses(user.partyId());
        if (addressed && secretary && p.status().isOpen() && NEGOTIATING.contains(phase)) {
            add(button("proposal.action.respond", () -> new ResponseDialog(c.negotiation(), p, user.partyId(),
                    c.negotiation().responseOf(p.id(), user.partyId()).orElse(null),
                    c.parties().get(user.partyId()).zone(), refresh).open()));
        }
        var host = secretary && Objects.equals(user.partyId(), c.meeting().hostPartyId()) && NEGOTIATING.contains(phase);
        if (host && p.status() == ProposalStatus.SUBMITTED) {
            add(action("proposal.action.openDiscussion", () -> c.negotiation().openDiscussion(p.id(), p.getVersion())));
        }
        if (host && p.status() == ProposalStatus.UNDER_DISCUSSION) {
            add(button("proposal.action.decide", () -> new OutcomeDialog(c.negotiation(), p, c.parties(),
                    UiLanguage.current(), refresh).open()));
        }
        if (p.status() != ProposalStatus.DRAFT || own) {
            add(button("proposal.action.history", history));
        }
    }

    private Button button(String key, Runnable onClick) {
        var button = new Button(getTranslation(key), e -> onClick.run());
        button.addClassName(key.substring(key.lastIndexOf('.') + 1));
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    /** A service call; refused, the reason shows in the user's language and nothing changes. */
    private Button action(String key, Runnable call) {
        return button(key, () -> attempt(call));
    }

    private void attempt(Runnable call) {
        try {
            call.run();
            refresh.run();
        } catch (RuntimeException e) {
            Notifications.error(ErrorHandling.messageFor(e, UI.getCurrent()));
        }
    }
}
