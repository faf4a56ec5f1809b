package org.jwc.secretariat.proposal;

import org.jspecify.annotations.Nullable;

/** Narrows a meeting's proposals by area, owner party and status; null means any. */
public record ProposalFilter(@Nullable Long areaId, @Nullable Long ownerPartyId, @Nullable ProposalStatus status) {

    public static final ProposalFilter ALL = new ProposalFilter(null, null, null);
}
