package org.jwc.secretariat.commitment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Commitments extends JpaRepository<Commitment, Long> {

    List<Commitment> findByMeetingIdInOrderByMeetingIdAscParagraphNumberAsc(Collection<Long> meetingIds);

    boolean existsByCommuniqueId(long communiqueId);

    List<Commitment> findByCommuniqueId(long communiqueId);
}
