package org.jwc.secretariat.commitment;

import org.jspecify.annotations.Nullable;

/** Narrows commitments by meeting, area, responsible party and that party's status; null means any. */
public record CommitmentFilter(@Nullable Long meetingId, @Nullable Long areaId, @Nullable Long partyId,
        @Nullable CommitmentStatus status) {

    public static final CommitmentFilter ALL = new CommitmentFilter(null, null, null, null);
}
