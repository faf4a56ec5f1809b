package org.jwc.secretariat.party;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * A province or region, once on the platform whichever committees it belongs to (its
 * {@link Membership}s). A party that is renamed or merged is not edited in place: it gets
 * an end date and a successor, so past meetings keep the name they had.
 */
@Entity
public class Party extends VersionedEntity {

    private String code;

    @Embedded
    private LocalizedText name;

    @Embedded
    private @Nullable LocalizedText shortName = LocalizedText.EMPTY;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Side side;

    private String timeZone;

    private LocalDate activeFrom;

    private @Nullable LocalDate activeUntil;

    private @Nullable Long successorId;

    protected Party() {
        this.code = "";
        this.name = LocalizedText.EMPTY;
        this.side = Side.VN;
        this.timeZone = "UTC";
        this.activeFrom = LocalDate.MIN;
    }

    Party(PartyDetails details) {
        this();
        update(details);
    }

    void update(PartyDetails details) {
        this.code = details.code();
        this.name = details.name();
        this.shortName = details.shortName();
        this.side = details.side();
        this.timeZone = details.timeZone().getId();
        this.activeFrom = details.activeFrom();
        this.activeUntil = details.activeUntil();
        this.successorId = details.successorId();
    }

    /** What the administrator of a committee sees of it, with its membership there. */
    PartyDetails details(@Nullable Membership membership) {
        return new PartyDetails(code, name, shortName(), side, zone(), activeFrom, activeUntil, successorId,
                membership == null ? null : membership.hostOrder(), membership == null ? null : membership.from(),
                membership == null ? null : membership.until());
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public String name(Language language) {
        return name.in(language);
    }

    /** How running text names the party; its full name where no short one is given. */
    public LocalizedText shortName() {
        var s = shortName == null ? LocalizedText.EMPTY : shortName;
        return new LocalizedText(s.vi() == null ? name.vi() : s.vi(), s.zh() == null ? name.zh() : s.zh(),
                s.en() == null ? name.en() : s.en());
    }

    public Side side() {
        return side;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate activeFrom() {
        return activeFrom;
    }

    public @Nullable LocalDate activeUntil() {
        return activeUntil;
    }

    public @Nullable Long successorId() {
        return successorId;
    }

    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(activeFrom) && (activeUntil == null || !date.isAfter(activeUntil));
    }
}
