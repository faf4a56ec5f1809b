package org.jwc.secretariat.proposal;

import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Saves a changed proposal and tells the open screens that may see it, once the transaction commits;
 * a submission and a response are also told to whoever is notified of them.
 */
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

    Proposal submitted(Proposal proposal) {
        var saved = save(proposal);
        events.publishEvent(new ProposalSubmitted(saved.id(), saved.meetingId(), saved.ownerPartyId(),
                Set.copyOf(saved.counterpartPartyIds()), saved.title()));
        return saved;
    }

    Proposal responded(Proposal proposal, long respondingPartyId) {
        var saved = save(proposal);
        events.publishEvent(new ProposalResponded(saved.id(), saved.meetingId(), saved.ownerPartyId(), respondingPartyId,
                saved.title()));
        return saved;
    }
}
