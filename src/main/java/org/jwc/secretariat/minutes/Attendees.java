package org.jwc.secretariat.minutes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Attendees extends JpaRepository<Attendee, Long> {

    List<Attendee> findByMeetingIdOrderByPositionAsc(long meetingId);

    List<Attendee> findByMeetingIdAndPartyIdOrderByPositionAsc(long meetingId, Long partyId);

    List<Attendee> findByMeetingIdAndPartyIdIsNullOrderByPositionAsc(long meetingId);
}
