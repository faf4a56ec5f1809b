package org.jwc.secretariat.i18n;

import java.util.Arrays;
import java.util.Locale;

/**
 * The languages the platform speaks. Vietnamese and Chinese are the committee's two official
 * languages, of equal standing; English is a working language.
 */
public enum Language {
    VI(Locale.of("vi")),
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language to fall back to when a text is missing in this one. */
    Language[] fallbacks() {
        return switch (this) {
            case VI -> new Language[] {ZH, EN};
            case ZH -> new Language[] {VI, EN};
            case EN -> new Language[] {VI, ZH};
        };
    }

    /** The platform language for a locale; English when the locale's language is not one of ours. */
    public static Language of(Locale locale) {
        return Arrays.stream(values())
                .filter(l -> l.locale.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(EN);
    }
}
