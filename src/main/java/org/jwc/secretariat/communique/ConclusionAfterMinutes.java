package org.jwc.secretariat.communique;

import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.meeting.PhaseReached;
import org.jwc.secretariat.minutes.MinutesClosed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A meeting whose communiqué became final while its minutes were open concludes when the host
 * closes them (ADR 0017), in the same transaction as the closing.
 */
@Component
class ConclusionAfterMinutes {

    private final Communiques communiques;
    private final MeetingService meetings;
    private final ApplicationEventPublisher events;

    ConclusionAfterMinutes(Communiques communiques, MeetingService meetings, ApplicationEventPublisher events) {
        this.communiques = communiques;
        this.meetings = meetings;
        this.events = events;
    }

    @EventListener
    void on(MinutesClosed closed) {
        var finalText = communiques.findByMeetingId(closed.meetingId()).filter(Communique::isFinal).isPresent();
        if (finalText && meetings.get(closed.meetingId()).phase() == Phase.APPROVAL && meetings.mayConclude(closed.meetingId())) {
            events.publishEvent(new PhaseReached(closed.meetingId(), Phase.CONCLUDED));
        }
    }
}
