package org.jwc.secretariat.proposal;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.base.VersionedEntity;

/**
 * The owner party's internal background to a proposal. Kept apart from the proposal so that no
 * read of a proposal, its history or its events can carry it to another party.
 */
@Entity
@Audited
class ProposalBackground extends VersionedEntity {

    private long proposalId;
    private @Nullable String text;

    protected ProposalBackground() {
    }

    ProposalBackground(long proposalId) {
        this.proposalId = proposalId;
    }

    void write(@Nullable String background) {
        text = Validation.optional("background", background, Proposal.MAX_TEXT);
    }

    long proposalId() {
        return proposalId;
    }

    @Nullable String text() {
        return text;
    }
}
