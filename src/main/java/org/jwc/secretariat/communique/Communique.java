package org.jwc.secretariat.communique;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RecordChanged;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.VersionedEntity;

/** A meeting's communiqué: its working text is drafted until one circulated version is approved by all. */
@Entity
public class Communique extends VersionedEntity {

    public static final String KIND = "communique";

    private long meetingId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CommuniqueStatus status = CommuniqueStatus.DRAFT;

    private @Nullable Long finalVersionId;
    private @Nullable Instant finalAt;

    protected Communique() {
    }

    Communique(long meetingId) {
        this.meetingId = meetingId;
    }

    void requireDraft() {
        if (status == CommuniqueStatus.FINAL) {
            throw new RefusedException("communique.error.final");
        }
    }

    void makeFinal(long versionId, Instant at) {
        requireDraft();
        status = CommuniqueStatus.FINAL;
        finalVersionId = versionId;
        finalAt = at;
    }

    /** Every change of a communiqué reaches every party: the working text is open to all. */
    RecordChanged changed() {
        return new RecordChanged(KIND, id(), meetingId, null);
    }

    public long meetingId() {
        return meetingId;
    }

    public CommuniqueStatus status() {
        return status;
    }

    public boolean isFinal() {
        return status == CommuniqueStatus.FINAL;
    }

    public @Nullable Long finalVersionId() {
        return finalVersionId;
    }

    public @Nullable Instant finalAt() {
        return finalAt;
    }
}
