package org.jwc.secretariat.commitment;

import java.util.List;

/** A commitment with each responsible party's standing on it. */
public record CommitmentView(Commitment commitment, List<CommitmentParty> parties) {

    public CommitmentView {
        parties = List.copyOf(parties);
    }

    /** Every responsible party has reported it done. */
    public boolean done() {
        return parties.stream().allMatch(p -> p.status() == CommitmentStatus.DONE);
    }
}
