package org.jwc.secretariat.minutes;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.VersionedEntity;

/** A party's delegation to a meeting: its own until its secretary submits the list for all to read. */
@Entity
@Audited
public class Delegation extends VersionedEntity {

    private long meetingId;
    private long partyId;
    private boolean submitted;

    protected Delegation() {
    }

    Delegation(long meetingId, long partyId) {
        this.meetingId = meetingId;
        this.partyId = partyId;
    }

    void submit(boolean hasHead) {
        if (submitted) {
            throw new RefusedException("minutes.error.alreadyShared");
        }
        if (!hasHead) {
            throw new RefusedException("minutes.error.noHead");
        }
        submitted = true;
    }

    public long meetingId() {
        return meetingId;
    }

    public long partyId() {
        return partyId;
    }

    public boolean submitted() {
        return submitted;
    }
}
