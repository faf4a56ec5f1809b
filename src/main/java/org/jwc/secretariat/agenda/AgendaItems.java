package org.jwc.secretariat.agenda;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaItems extends JpaRepository<AgendaItem, Long> {

    /** A meeting's items that a party may see: all of its own, and the others' once submitted. */
    @Query("""
            select i from AgendaItem i
            where i.meetingId = :meetingId
              and (i.ownerPartyId = :partyId or i.status <> org.jwc.secretariat.agenda.AgendaItemStatus.DRAFT)
            order by i.ownerPartyId, i.ownerPosition""")
    List<AgendaItem> visibleTo(long meetingId, long partyId);

    List<AgendaItem> findByMeetingIdAndStatusNotOrderByOwnerPartyIdAscOwnerPositionAsc(long meetingId,
            AgendaItemStatus status);

    List<AgendaItem> findByMeetingIdAndStatusOrderByOfficialPositionAsc(long meetingId, AgendaItemStatus status);

    long countByMeetingIdAndOwnerPartyId(long meetingId, long ownerPartyId);
}
