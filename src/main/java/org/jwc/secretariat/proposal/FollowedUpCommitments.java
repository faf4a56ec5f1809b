package org.jwc.secretariat.proposal;

import java.util.List;
import java.util.Optional;

/**
 * The commitments a proposal may follow up. Implemented by the commitment module, which already
 * depends on this one (commitment → communiqué → proposal): proposals reach commitments through
 * this interface only, so the modules keep no cycle.
 */
public interface FollowedUpCommitments {

    /** The commitment with this id, if there is one. */
    Optional<FollowedUp> find(long commitmentId);

    /** What the meeting reviews: the earlier meetings' commitments not yet done by all, by meeting and paragraph. */
    List<FollowedUp> underReview(long meetingId);
}
