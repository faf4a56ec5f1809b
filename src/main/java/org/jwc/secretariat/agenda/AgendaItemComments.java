package org.jwc.secretariat.agenda;

import org.jwc.secretariat.comment.CommentedRecord;
import org.jwc.secretariat.comment.CommentedRecords;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.stereotype.Component;

/** Agenda items take comments; reading one through the service refuses another party's draft. */
@Component
class AgendaItemComments implements CommentedRecords {

    private final AgendaService agenda;
    private final MeetingService meetings;

    AgendaItemComments(AgendaService agenda, MeetingService meetings) {
        this.agenda = agenda;
        this.meetings = meetings;
    }

    @Override
    public String kind() {
        return AgendaItem.KIND;
    }

    @Override
    public CommentedRecord find(long recordId) {
        var item = agenda.get(recordId);
        return new CommentedRecord(AgendaItem.KIND, recordId, item.meetingId(), item.ownerPartyId(),
                item.status() == AgendaItemStatus.DRAFT, item.title(),
                "meetings/" + meetings.get(item.meetingId()).number() + "/agenda");
    }
}
