package org.jwc.secretariat.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.proposal.FollowedUp;
import org.jwc.secretariat.proposal.Proposal;

/** Who proposes, in which area, to whom, where the proposal stands, and the earlier work it continues. */
class ProposalFacts extends FormLayout {

    /** The commitment the proposal follows up, and the number of the meeting it was carried over from. */
    record Links(@Nullable FollowedUp followsUp, @Nullable Integer carriedFromMeeting) {
    }

    ProposalFacts(Proposal p, Meeting meeting, Map<Long, Party> parties, AreaChoices areas, Language language, Links links) {
        addClassName("proposal-facts");
        item("proposal.field.meeting", meeting.title().in(language));
        item("proposal.field.owner", parties.get(p.ownerPartyId()).name(language));
        item("proposal.field.area", p.areaId() == null ? getTranslation("proposal.area.none") : areas.label(p.areaId()));
        item("proposal.field.scope", getTranslation("proposal.scope." + p.scope().name()));
        item("proposal.field.counterparts", ProposalView.names(p.counterpartPartyIds(), parties, language));
        var status = new Span(getTranslation("proposal.status." + p.status().name()));
        status.addClassName("proposal-status");
        addFormItem(status, getTranslation("proposal.field.status"));
        if (links.followsUp() != null) {
            var followsUp = links.followsUp();
            addFormItem(link(CitedCommitment.href(followsUp), CitedCommitment.label(followsUp, language), "follows-up"),
                    getTranslation("proposal.field.followsUp"));
        }
        if (p.followsUp() != null) {
            // The free reference of a proposal written before commitments existed, kept readable.
            item("proposal.field.followsUp", p.followsUp());
        }
        if (links.carriedFromMeeting() != null && p.carriedFromId() != null) {
            addFormItem(link("proposals/" + p.carriedFromId(), getTranslation("proposal.carriedFrom.meeting",
                    links.carriedFromMeeting()), "carried-from"), getTranslation("proposal.field.carriedFrom"));
        }
        if (p.outcomeReason() != null) {
            item("proposal.field.outcomeReason", p.outcomeReason());
        }
    }

    private void item(String labelKey, String value) {
        addFormItem(new Span(value), getTranslation(labelKey));
    }

    private static Component link(String href, String text, String className) {
        var link = new Anchor(href, text);
        link.addClassName(className);
        return link;
    }
}
