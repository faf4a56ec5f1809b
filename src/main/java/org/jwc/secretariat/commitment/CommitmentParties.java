package org.jwc.secretariat.commitment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentParties extends JpaRepository<CommitmentParty, Long> {

    List<CommitmentParty> findByCommitmentIdIn(Collection<Long> commitmentIds);

    Optional<CommitmentParty> findByCommitmentIdAndPartyId(long commitmentId, long partyId);
}
