package org.jwc.secretariat.proposal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.OpenWork;
import org.jwc.secretariat.meeting.Phase;
import org.springframework.stereotype.Component;

/**
 * The proposals' open work at a meeting: drafts never submitted, and submitted proposals without an
 * outcome, which the communiqué's draft leaves out. Neither keeps the meeting from concluding.
 */
@Component
class ProposalOpenWork implements OpenWork {

    private final Proposals proposals;

    ProposalOpenWork(Proposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public List<OpenItem> openAt(Meeting meeting) {
        if (meeting.phase() == Phase.CONCLUDED) {
            return List.of();
        }
        var open = new ArrayList<OpenItem>();
        var drafts = proposals.countByMeetingIdAndStatusIn(meeting.id(), EnumSet.of(ProposalStatus.DRAFT));
        if (drafts > 0) {
            open.add(OpenItem.warning("open.proposalDrafts", drafts));
        }
        var undecided = proposals.countByMeetingIdAndStatusIn(meeting.id(),
                EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_DISCUSSION));
        if (undecided > 0) {
            open.add(OpenItem.warning("open.proposalsWithoutOutcome", undecided));
        }
        return open;
    }
}
