package org.jwc.secretariat.proposal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Saves a changed proposal and tells the open screens that may see it, once the transaction commits. */
@Component
class ProposalChanges {

    private final Proposals proposals;
    private final ApplicationEventPublisher events;

    ProposalChanges(Proposals proposals, ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.events = events;
    }

    Proposal save(Proposal proposal) {
        var saved = proposals.saveAndFlush(proposal);
        events.publishEvent(saved.changed());
        return saved;
    }
}
