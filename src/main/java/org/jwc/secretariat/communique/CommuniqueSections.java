package org.jwc.secretariat.communique;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommuniqueSections extends JpaRepository<CommuniqueSection, Long> {

    List<CommuniqueSection> findByCommuniqueIdOrderByPositionAsc(long communiqueId);
}
