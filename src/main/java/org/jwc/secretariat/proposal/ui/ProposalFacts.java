package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.proposal.Proposal;

/** Who proposes, in which area, to whom, and where the proposal stands. */
class ProposalFacts extends FormLayout {

    ProposalFacts(Proposal p, Meeting meeting, Map<Long, Party> parties, AreaChoices areas, Language language) {
        addClassName("proposal-facts");
        item("proposal.field.meeting", meeting.title().in(language));
        item("proposal.field.owner", parties.get(p.ownerPartyId()).name(language));
        item("proposal.field.area", areas.label(p.areaId()));
        item("proposal.field.scope", getTranslation("proposal.scope." + p.scope().name()));
        item("proposal.field.counterparts", ProposalView.names(p.counterpartPartyIds(), parties, language));
        var status = new Span(getTranslation("proposal.status." + p.status().name()));
        status.addClassName("proposal-status");
        addFormItem(status, getTranslation("proposal.field.status"));
        if (p.followsUp() != null) {
            item("proposal.field.followsUp", p.followsUp());
        }
        if (p.outcomeReason() != null) {
            item("proposal.field.outcomeReason", p.outcomeReason());
        }
    }

    private void item(String labelKey, String value) {
        addFormItem(new Span(value), getTranslation(labelKey));
    }
}
