package org.jwc.secretariat.communique;

import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;

/** The exported texts of a version: Vietnamese, Chinese (of equal standing), and both in parallel columns. */
public enum Edition {
    VI(Language.VI),
    ZH(Language.ZH),
    BILINGUAL(null);

    private final @Nullable Language language;

    Edition(@Nullable Language language) {
        this.language = language;
    }

    /** The one language of the edition; null for the bilingual one. */
    public @Nullable Language language() {
        return language;
    }
}
