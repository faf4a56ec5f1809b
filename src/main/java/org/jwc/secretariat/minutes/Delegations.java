package org.jwc.secretariat.minutes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Delegations extends JpaRepository<Delegation, Long> {

    Optional<Delegation> findByMeetingIdAndPartyId(long meetingId, long partyId);

    List<Delegation> findByMeetingId(long meetingId);
}
