package org.jwc.secretariat.communique;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommuniqueVersions extends JpaRepository<CommuniqueVersion, Long> {

    List<CommuniqueVersion> findByCommuniqueIdOrderByNumberAsc(long communiqueId);

    Optional<CommuniqueVersion> findFirstByCommuniqueIdOrderByNumberDesc(long communiqueId);
}
