package org.jwc.secretariat.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;

interface Meetings extends JpaRepository<Meeting, Long> {

    Optional<Meeting> findByCommitteeIdAndNumber(long committeeId, int number);

    List<Meeting> findByCommitteeIdOrderByNumberDesc(long committeeId);

    List<Meeting> findByProposalDeadlineBetweenAndPhaseIn(Instant from, Instant to, Set<Phase> phases);
}
