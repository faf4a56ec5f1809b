package org.jwc.secretariat.minutes;

import org.jwc.secretariat.comment.CommentedRecord;
import org.jwc.secretariat.comment.CommentedRecords;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.stereotype.Component;

/**
 * Sections of the minutes take comments; a statement belongs to its party, any other section to
 * the host. Reading one through the service refuses another party's draft statement.
 */
@Component
class MinutesSectionComments implements CommentedRecords {

    private final MinutesService minutes;
    private final MeetingService meetings;

    MinutesSectionComments(MinutesService minutes, MeetingService meetings) {
        this.minutes = minutes;
        this.meetings = meetings;
    }

    @Override
    public String kind() {
        return MinutesSection.KIND;
    }

    @Override
    public CommentedRecord find(long recordId) {
        var section = minutes.section(recordId);
        var meeting = meetings.get(section.meetingId());
        var owner = section.partyId() == null ? meeting.hostPartyId() : section.partyId();
        return new CommentedRecord(MinutesSection.KIND, recordId, section.meetingId(), owner, !section.shared(),
                section.heading(), MinutesService.link(meeting));
    }
}
