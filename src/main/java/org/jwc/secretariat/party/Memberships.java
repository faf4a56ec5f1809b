package org.jwc.secretariat.party;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Memberships extends JpaRepository<Membership, Long> {

    List<Membership> findByCommitteeId(long committeeId);

    List<Membership> findByPartyId(long partyId);

    Optional<Membership> findByCommitteeIdAndPartyId(long committeeId, long partyId);
}
