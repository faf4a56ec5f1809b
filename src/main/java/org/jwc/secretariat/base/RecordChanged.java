package org.jwc.secretariat.base;

import org.jspecify.annotations.Nullable;

/**
 * Published by a service inside the transaction that changed a record, and delivered to open
 * screens after commit. A draft's change names its owner party: it reaches that party only.
 *
 * @param kind the record's kind, e.g. "proposal"
 * @param onlyForPartyId the only party that may see the change, or null when every user may
 */
public record RecordChanged(String kind, long recordId, long meetingId, @Nullable Long onlyForPartyId) {

    public boolean visibleTo(@Nullable Long partyId) {
        return onlyForPartyId == null || onlyForPartyId.equals(partyId);
    }
}
