package org.jwc.secretariat.area;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CooperationAreas extends JpaRepository<CooperationArea, Long> {

    List<CooperationArea> findByCommitteeIdOrderByPositionAsc(long committeeId);
}
