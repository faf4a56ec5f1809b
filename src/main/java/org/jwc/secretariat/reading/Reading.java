package org.jwc.secretariat.reading;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jwc.secretariat.base.VersionedEntity;

/** The revision of one record that one user last had on screen. */
@Entity
@Table(name = "record_reading")
class Reading extends VersionedEntity {

    private long userId;
    private String recordKind = "";
    private long recordId;
    private long seenRevision;
    private Instant seenAt = Instant.EPOCH;

    protected Reading() {
    }

    Reading(long userId, String recordKind, long recordId) {
        this.userId = userId;
        this.recordKind = recordKind;
        this.recordId = recordId;
    }

    /** Never moves back: a screen refreshed from an older read does not undo a later look. */
    void saw(long revision, Instant at) {
        if (revision > seenRevision) {
            seenRevision = revision;
            seenAt = at;
        }
    }

    LastLook lastLook() {
        return new LastLook(seenRevision, seenAt);
    }
}
