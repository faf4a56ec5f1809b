package org.jwc.secretariat.communique;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Communiques extends JpaRepository<Communique, Long> {

    Optional<Communique> findByMeetingId(long meetingId);

    /** Circulating and deciding take this lock first, so they happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Communique c where c.meetingId = :meetingId")
    Optional<Communique> lockByMeetingId(long meetingId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Communique c where c.id = :id")
    Optional<Communique> lockById(long id);

    /** The meeting alone, without loading the communiqué: a lock taken after this still reads it fresh. */
    @Query("select c.meetingId from Communique c where c.id = :id")
    Optional<Long> findMeetingIdById(long id);
}
