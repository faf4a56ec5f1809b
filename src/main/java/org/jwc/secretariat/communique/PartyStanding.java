package org.jwc.secretariat.communique;

import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.party.Party;

/**
 * Where a taking-part party stands on the communiqué: its leader's latest decision, and whether
 * that decision was on an older version than the latest circulated (stale: it no longer counts).
 */
public record PartyStanding(Party party, @Nullable Approval decision, boolean stale) {

    /** Counts towards the final text: an approval of the latest version. */
    public boolean approvesLatest() {
        return decision != null && decision.approved() && !stale;
    }
}
