package org.jwc.secretariat.minutes;

import org.jwc.secretariat.comment.CommentedRecords;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sections of the minutes take comments; a statement belongs to its party, any other section to
 * the host. Reading one through the service refuses another party's draft statement.
 */
@Configuration(proxyBeanMethods = false)
class MinutesSectionComments {

    @Bean
    CommentedRecords commentedMinutesSections(MinutesService minutes, MeetingService meetings) {
        return CommentedRecords.of(MinutesSection.KIND, id -> {
            var section = minutes.section(id);
            var meeting = meetings.get(section.meetingId());
            var owner = section.partyId() == null ? meeting.hostPartyId() : section.partyId();
            return new CommentedRecords.About(section.meetingId(), owner, !section.shared(), section.heading(),
                    MinutesService.link(meeting));
        });
    }
}
