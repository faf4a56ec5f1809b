package org.jwc.secretariat.minutes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MinutesSections extends JpaRepository<MinutesSection, Long> {

    List<MinutesSection> findByMeetingIdOrderByPositionAsc(long meetingId);

    /** The sections a party's user may read: every shared one, and their own party's draft statement. */
    @Query("""
            select s from MinutesSection s where s.meetingId = :meetingId
            and (s.shared = true or s.partyId = :partyId) order by s.position""")
    List<MinutesSection> visibleTo(long meetingId, long partyId);

    List<MinutesSection> findByMeetingIdAndSharedTrueOrderByPositionAsc(long meetingId);
}
