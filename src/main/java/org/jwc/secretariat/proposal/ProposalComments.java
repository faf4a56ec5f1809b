package org.jwc.secretariat.proposal;

import org.jwc.secretariat.comment.CommentedRecord;
import org.jwc.secretariat.comment.CommentedRecords;
import org.springframework.stereotype.Component;

/** Proposals take comments; reading one through the service refuses another party's draft. */
@Component
class ProposalComments implements CommentedRecords {

    private final ProposalService proposals;

    ProposalComments(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public String kind() {
        return Proposal.KIND;
    }

    @Override
    public CommentedRecord find(long recordId) {
        var proposal = proposals.get(recordId);
        return new CommentedRecord(Proposal.KIND, recordId, proposal.meetingId(), proposal.ownerPartyId(),
                proposal.status() == ProposalStatus.DRAFT, proposal.title(), "proposals/" + recordId);
    }
}
