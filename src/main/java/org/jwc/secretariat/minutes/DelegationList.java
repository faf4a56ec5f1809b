package org.jwc.secretariat.minutes;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A party's delegation as its reader may see it (partyId null: the host's list of observers). */
public record DelegationList(@Nullable Long partyId, boolean submitted, List<Attendee> attendees) {
}
