package org.jwc.secretariat.communique;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Approvals extends JpaRepository<Approval, Long> {

    List<Approval> findByCommuniqueIdOrderByDecidedAtAsc(long communiqueId);

    List<Approval> findByVersionId(long versionId);

    Optional<Approval> findByVersionIdAndPartyId(long versionId, long partyId);
}
