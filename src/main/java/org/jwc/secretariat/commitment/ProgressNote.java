package org.jwc.secretariat.commitment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.LocalizedText;

/** A party's dated report on a commitment, per language, with the status it set; never edited. */
@Entity
public class ProgressNote extends VersionedEntity {

    static final int MAX_TEXT = 4000;

    private long commitmentId;
    private long partyId;
    private LocalDate notedOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CommitmentStatus status = CommitmentStatus.NOT_STARTED;

    @Embedded
    private @Nullable LocalizedText text = LocalizedText.EMPTY;

    private String author = "";
    private String authorName = "";
    private Instant createdAt = Instant.EPOCH;

    protected ProgressNote() {
    }

    ProgressNote(long commitmentId, long partyId, LocalDate notedOn, CommitmentStatus status, LocalizedText text,
            String author, String authorName, Instant createdAt) {
        this.commitmentId = commitmentId;
        this.partyId = partyId;
        this.notedOn = notedOn;
        this.status = status;
        this.text = text;
        this.author = author;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public long commitmentId() {
        return commitmentId;
    }

    public long partyId() {
        return partyId;
    }

    public LocalDate notedOn() {
        return notedOn;
    }

    public CommitmentStatus status() {
        return status;
    }

    public LocalizedText text() {
        return text == null ? LocalizedText.EMPTY : text;
    }

    public String author() {
        return author;
    }

    public String authorName() {
        return authorName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
