package org.jwc.secretariat.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * One section of the minutes, bilingual. A party's statement is that party's draft until its
 * secretary submits it (which confirms it), or the host writes it; from then on every party reads
 * it, and any edit makes the party's confirmation stale until the party confirms again.
 */
@Entity
@Audited
public class MinutesSection extends VersionedEntity {

    public static final String KIND = "minutesSection";
    static final int MAX_HEADING = 500;
    /** Characters per language: about twenty pages of a statement. */
    static final int MAX_BODY = 60_000;

    private long meetingId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SectionKind kind = SectionKind.OPENING;

    private int position;
    private @Nullable Long partyId;
    private @Nullable Long agendaItemId;

    @Embedded
    private @Nullable LocalizedText heading = LocalizedText.EMPTY;

    // MEDIUMTEXT on MariaDB (Hibernate's type for a String this long), a VARCHAR on H2.
    @Column(length = MAX_BODY)
    private @Nullable String bodyVi;
    @Column(length = MAX_BODY)
    private @Nullable String bodyZh;
    @Column(length = MAX_BODY)
    private @Nullable String bodyEn;

    private boolean shared;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Confirmation confirmation = Confirmation.UNCONFIRMED;

    private @Nullable String confirmedBy;
    private @Nullable Instant confirmedAt;

    protected MinutesSection() {
    }

    /** A new section; only a party's statement starts as that party's own draft. */
    MinutesSection(long meetingId, SectionKind kind, int position, @Nullable Long partyId, @Nullable Long agendaItemId,
            LocalizedText heading, LocalizedText body) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.position = position;
        this.partyId = partyId;
        this.agendaItemId = agendaItemId;
        this.shared = kind != SectionKind.STATEMENT;
        write(new SectionText(heading, body));
    }

    /**
     * The statement's own party writes it; as a draft until submitted, and once shared any change
     * makes the confirmation stale. Returns whether the party must now confirm again.
     */
    boolean writeAsItsParty(SectionText text) {
        write(text);
        return stale();
    }

    /**
     * The host writes a section: its own sections, or a party's statement for that party to
     * confirm, but never over a party's unsubmitted draft. Returns whether the party must now confirm again.
     */
    boolean writeAsHost(SectionText text) {
        if (!shared && !body().isBlank()) {
            throw new RefusedException("minutes.error.partyDraft");
        }
        write(text);
        shared = true;
        return stale();
    }

    private void write(SectionText text) {
        heading = Validation.officialLanguages("heading", text.heading(), MAX_HEADING);
        var body = Validation.withinLength("body", text.body() == null ? LocalizedText.EMPTY : text.body(), MAX_BODY);
        bodyVi = body.vi();
        bodyZh = body.zh();
        bodyEn = body.en();
    }

    private boolean stale() {
        if (confirmation == Confirmation.CONFIRMED) {
            confirmation = Confirmation.STALE;
            return true;
        }
        return false;
    }

    /** The party's secretary shares its statement with every party, and confirms it in doing so. */
    void submit(String by, Instant at) {
        if (shared) {
            throw new RefusedException("minutes.error.alreadyShared");
        }
        shared = true;
        confirm(by, at);
    }

    /** The party confirms the statement as it now reads; it must be in both official languages. */
    void confirm(String by, Instant at) {
        if (kind != SectionKind.STATEMENT || !shared) {
            throw new RefusedException("minutes.error.nothingToConfirm");
        }
        if (confirmation == Confirmation.CONFIRMED) {
            throw new RefusedException("minutes.error.alreadyConfirmed");
        }
        Validation.officialLanguages("body", body(), MAX_BODY);
        confirmation = Confirmation.CONFIRMED;
        confirmedBy = by;
        confirmedAt = at;
    }

    /** Reopened minutes: every party confirms its statement again. */
    void resetConfirmation() {
        confirmation = Confirmation.UNCONFIRMED;
        confirmedBy = null;
        confirmedAt = null;
    }

    /** Ready to close: a statement confirmed; any section in both official languages, or empty in all. */
    boolean readyToClose() {
        var body = body();
        return kind == SectionKind.STATEMENT
                ? confirmation == Confirmation.CONFIRMED
                : body.isBlank() || body.hasOfficialLanguages();
    }

    /** The change event: a party's unshared draft reaches that party only. */
    RecordChanged changed() {
        return new RecordChanged(Minutes.KIND, id(), meetingId, shared ? null : partyId);
    }

    public long meetingId() {
        return meetingId;
    }

    public SectionKind kind() {
        return kind;
    }

    public int position() {
        return position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** The party whose statement this is; null for the host's sections. */
    public @Nullable Long partyId() {
        return partyId;
    }

    public @Nullable Long agendaItemId() {
        return agendaItemId;
    }

    public LocalizedText heading() {
        return heading == null ? LocalizedText.EMPTY : heading;
    }

    public LocalizedText body() {
        return new LocalizedText(bodyVi, bodyZh, bodyEn);
    }

    public SectionText text() {
        return new SectionText(heading(), body());
    }

    /** Read by every party (false only for a party's draft statement). */
    public boolean shared() {
        return shared;
    }

    public Confirmation confirmation() {
        return confirmation;
    }

    public @Nullable String confirmedBy() {
        return confirmedBy;
    }

    public @Nullable Instant confirmedAt() {
        return confirmedAt;
    }
}
