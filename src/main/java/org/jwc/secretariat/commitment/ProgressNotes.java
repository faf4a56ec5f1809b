package org.jwc.secretariat.commitment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressNotes extends JpaRepository<ProgressNote, Long> {

    List<ProgressNote> findByCommitmentIdOrderByNotedOnAscIdAsc(long commitmentId);

    boolean existsByCommitmentIdIn(Collection<Long> commitmentIds);

    List<ProgressNote> findByCommitmentIdInOrderByNotedOnAscIdAsc(Collection<Long> commitmentIds);
}
