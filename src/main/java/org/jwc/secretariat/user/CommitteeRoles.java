package org.jwc.secretariat.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeRoles extends JpaRepository<CommitteeRole, Long> {

    List<CommitteeRole> findByUserId(long userId);

    List<CommitteeRole> findByCommitteeId(long committeeId);

    Optional<CommitteeRole> findByUserIdAndCommitteeId(long userId, long committeeId);
}
