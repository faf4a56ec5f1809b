package org.jwc.secretariat.proposal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalBackgrounds extends JpaRepository<ProposalBackground, Long> {

    Optional<ProposalBackground> findByProposalId(long proposalId);
}
