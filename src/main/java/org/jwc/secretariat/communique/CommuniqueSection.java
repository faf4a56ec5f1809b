package org.jwc.secretariat.communique;

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
 * A part of the communiqué: the preamble, an area (level 1, or 2 under a broader area) or the
 * closing. The heading is kept without its number, which follows from the order (see {@link Numbering}).
 */
@Entity
public class CommuniqueSection extends VersionedEntity {

    private long communiqueId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SectionKind kind = SectionKind.AREA;

    private int position;
    private @Nullable Long areaId;
    private int level;

    @Embedded
    /** The heading columns' size, per language. */
    public static final int MAX_HEADING = 500;

    private @Nullable LocalizedText heading = LocalizedText.EMPTY;

    protected CommuniqueSection() {
    }

    CommuniqueSection(long communiqueId, int position, SectionDraft draft) {
        this.communiqueId = communiqueId;
        this.position = position;
        this.kind = draft.kind();
        this.areaId = draft.areaId();
        this.level = draft.level();
        this.heading = draft.heading();
    }

    /** The heading in a language imported after the first, aligned with this section by its place. */
    void reword(LocalizedText heading) {
        this.heading = heading;
    }

    public long communiqueId() {
        return communiqueId;
    }

    public SectionKind kind() {
        return kind;
    }

    public int position() {
        return position;
    }

    public @Nullable Long areaId() {
        return areaId;
    }

    public int level() {
        return level;
    }

    public LocalizedText heading() {
        return heading == null ? LocalizedText.EMPTY : heading;
    }
}
