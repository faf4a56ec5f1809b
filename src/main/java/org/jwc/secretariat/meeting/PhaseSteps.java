package org.jwc.secretariat.meeting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Moves a meeting one phase forward when another module's workflow reaches it; never backward, never a jump. */
@Component
class PhaseSteps {

    private final Meetings meetings;

    PhaseSteps(Meetings meetings) {
        this.meetings = meetings;
    }

    @EventListener
    void on(PhaseReached reached) {
        meetings.findById(reached.meetingId())
                .filter(m -> m.phase().isNextTo(reached.phase()) && m.phase().compareTo(reached.phase()) < 0)
                .ifPresent(m -> {
                    m.moveTo(reached.phase());
                    meetings.saveAndFlush(m);
                });
    }
}
