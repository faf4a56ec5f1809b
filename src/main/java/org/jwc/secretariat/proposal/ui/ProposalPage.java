package org.jwc.secretariat.proposal.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.proposal.AgreedText;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalResponse;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.proposal.ProposalStatus;

/**
 * What the proposal page shows, read in one go through the services with the reader's rights: the
 * same for every reader of one audience (committee, party, roles), so that a pushed change is read
 * once for all their open screens. The background is there for the owner party only.
 */
record ProposalPage(Proposal proposal, Meeting meeting, @Nullable String background, List<ProposalResponse> responses,
        @Nullable AgreedText agreed, ProposalFacts.Links links) {

    static ProposalPage read(ProposalService proposals, NegotiationService negotiation, MeetingService meetings, long id,
            @Nullable Long readerPartyId) {
        var p = proposals.get(id);
        var owner = readerPartyId != null && readerPartyId == p.ownerPartyId();
        var agreed = p.status() == ProposalStatus.AGREED || p.status() == ProposalStatus.AGREED_AMENDED;
        // The original was deferred, so every party may read it.
        var carriedFrom = p.carriedFromId() == null ? null : meetings.get(proposals.get(p.carriedFromId()).meetingId()).number();
        return new ProposalPage(p, meetings.get(p.meetingId()), owner ? proposals.background(id).orElse(null) : null,
                List.copyOf(negotiation.responses(id)), agreed ? negotiation.agreedText(id) : null,
                new ProposalFacts.Links(proposals.followedUp(p).orElse(null), carriedFrom));
    }
}
