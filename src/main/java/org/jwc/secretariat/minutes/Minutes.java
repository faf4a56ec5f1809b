package org.jwc.secretariat.minutes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RecordChanged;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.base.VersionedEntity;

/** A meeting's minutes as a whole: open, or closed and locked, and why they were last reopened. */
@Entity
@Audited
public class Minutes extends VersionedEntity {

    public static final String KIND = "minutes";
    static final int MAX_REASON = 1000;

    private long meetingId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MinutesStatus status = MinutesStatus.OPEN;

    private @Nullable Instant closedAt;
    private @Nullable String closedBy;
    private @Nullable String reopenReason;

    protected Minutes() {
    }

    Minutes(long meetingId) {
        this.meetingId = meetingId;
    }

    /** The change event: every party may see the minutes' state. */
    RecordChanged changed() {
        return new RecordChanged(KIND, id(), meetingId, null);
    }

    /** Closes the minutes; the service has checked that every party confirmed its statement. */
    void close(String by, Instant at) {
        requireOpen();
        status = MinutesStatus.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    void reopen(@Nullable String reason) {
        if (status != MinutesStatus.CLOSED) {
            throw new RefusedException("minutes.error.notClosed");
        }
        reopenReason = Validation.required("reason", reason, MAX_REASON);
        status = MinutesStatus.OPEN;
        closedBy = null;
        closedAt = null;
    }

    /** Refuses any change to closed minutes. */
    void requireOpen() {
        if (status == MinutesStatus.CLOSED) {
            throw new RefusedException("minutes.error.closed");
        }
    }

    public long meetingId() {
        return meetingId;
    }

    public MinutesStatus status() {
        return status;
    }

    public boolean isClosed() {
        return status == MinutesStatus.CLOSED;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable String closedBy() {
        return closedBy;
    }

    public @Nullable String reopenReason() {
        return reopenReason;
    }
}
