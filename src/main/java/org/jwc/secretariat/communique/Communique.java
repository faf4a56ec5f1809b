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
    private boolean imported;

    protected Communique() {
    }

    Communique(long meetingId) {
        this.meetingId = meetingId;
    }

    /** A past meeting's communiqué read from its text: approved on paper, made final as soon as it is frozen. */
    static Communique importedFor(long meetingId) {
        var communique = new Communique(meetingId);
        communique.imported = true;
        return communique;
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

    /**
     * The other language of an imported communiqué, aligned later, makes a newer version of the same
     * text approved on paper: that version becomes the final one.
     */
    void alignedVersion(long versionId) {
        if (!imported || status != CommuniqueStatus.FINAL) {
            throw new RefusedException("communique.import.error.notImported");
        }
        finalVersionId = versionId;
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

    /** Imported from a past meeting's text rather than made in the platform. */
    public boolean imported() {
        return imported;
    }
}
