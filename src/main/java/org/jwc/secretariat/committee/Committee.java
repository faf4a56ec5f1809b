package org.jwc.secretariat.committee;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.LocalizedText;

/** The mechanism this installation serves; its name is data, as the same software can serve others. */
@Entity
public class Committee extends VersionedEntity {

    @Embedded
    private LocalizedText name = LocalizedText.EMPTY;

    protected Committee() {
    }

    Committee(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText name() {
        return name;
    }

    void rename(LocalizedText name) {
        this.name = name;
    }
}
