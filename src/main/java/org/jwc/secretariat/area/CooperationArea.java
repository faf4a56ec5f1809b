package org.jwc.secretariat.area;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.LocalizedText;

/** A field of cooperation (economy and trade, border gates…), possibly under a broader one. */
@Entity
public class CooperationArea extends VersionedEntity {

    /** The committee whose proposals and communiqués it structures. */
    private long committeeId;

    private @Nullable Long parentId;

    /** Order among its siblings, from 1. */
    private int position;

    @Embedded
    private LocalizedText name = LocalizedText.EMPTY;

    protected CooperationArea() {
    }

    CooperationArea(long committeeId, @Nullable Long parentId, int position, LocalizedText name) {
        this.committeeId = committeeId;
        this.parentId = parentId;
        this.position = position;
        this.name = name;
    }

    public long committeeId() {
        return committeeId;
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public int position() {
        return position;
    }

    public LocalizedText name() {
        return name;
    }

    void rename(LocalizedText name) {
        this.name = name;
    }

    void moveTo(int position) {
        this.position = position;
    }
}
