package org.jwc.secretariat.committee;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * A joint mechanism the platform serves; its name is data. Its cooperation areas and
 * meetings belong to it (ADR 0025).
 */
@Entity
public class Committee extends VersionedEntity {

    /** Its column size per language. */
    public static final int MAX_SHORT_NAME = 200;

    @Embedded
    private LocalizedText name = LocalizedText.EMPTY;

    @Embedded
    private @Nullable LocalizedText shortName = LocalizedText.EMPTY;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CommitteeKind kind = CommitteeKind.COMMITTEE;

    protected Committee() {
    }

    Committee(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText name() {
        return name;
    }

    /** How the top bar names it, where the full name does not fit; the full name where no short one is given. */
    public LocalizedText shortName() {
        var s = shortName == null ? LocalizedText.EMPTY : shortName;
        return new LocalizedText(s.vi() == null ? name.vi() : s.vi(), s.zh() == null ? name.zh() : s.zh(),
                s.en() == null ? name.en() : s.en());
    }

    /** The short name as given, without the full name in its place. */
    public LocalizedText givenShortName() {
        return shortName == null ? LocalizedText.EMPTY : shortName;
    }

    public CommitteeKind kind() {
        return kind;
    }

    void rename(LocalizedText name, LocalizedText shortName, CommitteeKind kind) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
    }
}
