package org.jwc.secretariat.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalResponses extends JpaRepository<ProposalResponse, Long> {

    List<ProposalResponse> findByProposalIdOrderByPartyId(long proposalId);

    List<ProposalResponse> findByProposalIdIn(Collection<Long> proposalIds);

    Optional<ProposalResponse> findByProposalIdAndPartyId(long proposalId, long partyId);
}
