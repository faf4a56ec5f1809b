package org.jwc.secretariat.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.i18n.LocalizedText;

/** A paragraph of a final communiqué as something to carry out: its area, kind and text as agreed. */
@Entity
public class Commitment extends VersionedEntity {

    private long meetingId;
    private long communiqueId;
    private int paragraphNumber;
    private @Nullable Long areaId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ParagraphKind kind = ParagraphKind.COMMON;

    // MEDIUMTEXT on MariaDB (Hibernate's type for a String this long), a VARCHAR on H2.
    @Column(length = 60_000)
    private @Nullable String textVi;
    @Column(length = 60_000)
    private @Nullable String textZh;
    @Column(length = 60_000)
    private @Nullable String textEn;

    private Instant createdAt = Instant.EPOCH;

    protected Commitment() {
    }

    Commitment(long meetingId, long communiqueId, int paragraphNumber, @Nullable Long areaId, ParagraphKind kind,
            LocalizedText text, Instant createdAt) {
        this.meetingId = meetingId;
        this.communiqueId = communiqueId;
        this.paragraphNumber = paragraphNumber;
        this.areaId = areaId;
        this.kind = kind;
        this.textVi = text.vi();
        this.textZh = text.zh();
        this.textEn = text.en();
        this.createdAt = createdAt;
    }

    /** The agreed text in a newer final version of the same paragraph (the other language imported). */
    void retext(LocalizedText text) {
        this.textVi = text.vi();
        this.textZh = text.zh();
        this.textEn = text.en();
    }

    public long meetingId() {
        return meetingId;
    }

    public long communiqueId() {
        return communiqueId;
    }

    /** The paragraph's number in the communiqué (¶n), the reference everyone cites. */
    public int paragraphNumber() {
        return paragraphNumber;
    }

    public @Nullable Long areaId() {
        return areaId;
    }

    public ParagraphKind kind() {
        return kind;
    }

    public LocalizedText text() {
        return new LocalizedText(textVi, textZh, textEn);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
