package org.jwc.secretariat.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HostWordings extends JpaRepository<HostWording, Long> {

    Optional<HostWording> findByProposalId(long proposalId);

    List<HostWording> findByProposalIdIn(Collection<Long> proposalIds);
}
