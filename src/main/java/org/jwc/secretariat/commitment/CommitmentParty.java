package org.jwc.secretariat.commitment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.VersionedEntity;

/** A party responsible for a commitment, and the status it last reported. */
@Entity
public class CommitmentParty extends VersionedEntity {

    private long commitmentId;
    private long partyId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CommitmentStatus status = CommitmentStatus.NOT_STARTED;

    private @Nullable Instant updatedAt;

    protected CommitmentParty() {
    }

    CommitmentParty(long commitmentId, long partyId) {
        this.commitmentId = commitmentId;
        this.partyId = partyId;
    }

    void report(CommitmentStatus status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }

    public long commitmentId() {
        return commitmentId;
    }

    public long partyId() {
        return partyId;
    }

    public CommitmentStatus status() {
        return status;
    }

    public @Nullable Instant updatedAt() {
        return updatedAt;
    }
}
