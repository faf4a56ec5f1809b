package org.jwc.secretariat.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Users extends JpaRepository<User, Long> {

    Optional<User> findByUsername(String username);

    List<User> findAllByOrderByUsernameAsc();

    List<User> findByPartyIdAndEnabledTrue(long partyId);

    /** Remembers the committee chosen without raising the account's version: an administrator's edit stays valid. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE User u SET u.lastCommitteeId = :committeeId WHERE u.id = :userId")
    void rememberCommittee(long userId, long committeeId);
}
