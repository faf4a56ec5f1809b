package org.jwc.secretariat.minutes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesRecords extends JpaRepository<Minutes, Long> {

    Optional<Minutes> findByMeetingId(long meetingId);
}
