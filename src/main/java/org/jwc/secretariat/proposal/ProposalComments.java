package org.jwc.secretariat.proposal;

import org.jwc.secretariat.comment.CommentedRecords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Proposals take comments; reading one through the service refuses another party's draft. */
@Configuration(proxyBeanMethods = false)
class ProposalComments {

    @Bean
    CommentedRecords commentedProposals(ProposalService proposals) {
        return CommentedRecords.of(Proposal.KIND, id -> {
            var proposal = proposals.get(id);
            return new CommentedRecords.About(proposal.meetingId(), proposal.ownerPartyId(),
                    proposal.status() == ProposalStatus.DRAFT, proposal.title(), "proposals/" + id);
        });
    }
}
