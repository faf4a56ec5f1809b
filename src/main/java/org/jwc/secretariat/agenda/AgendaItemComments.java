package org.jwc.secretariat.agenda;

import org.jwc.secretariat.comment.CommentedRecords;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Agenda items take comments; reading one through the service refuses another party's draft. */
@Configuration(proxyBeanMethods = false)
class AgendaItemComments {

    @Bean
    CommentedRecords commentedAgendaItems(AgendaService agenda, MeetingService meetings) {
        return CommentedRecords.of(AgendaItem.KIND, id -> {
            var item = agenda.get(id);
            return new CommentedRecords.About(item.meetingId(), item.ownerPartyId(), item.status() == AgendaItemStatus.DRAFT,
                    item.title(), "meetings/" + meetings.get(item.meetingId()).number() + "/agenda");
        });
    }
}
