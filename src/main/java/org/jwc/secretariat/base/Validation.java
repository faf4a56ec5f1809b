package org.jwc.secretariat.base;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** Checks that services apply to input before anything reaches the database. */
public final class Validation {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    private Validation() {
    }

    public static String required(String field, @Nullable String value, int maxLength) {
        var trimmed = LocalizedText.trimToNull(value);
        if (trimmed == null) {
            throw RefusedException.badInput(field, "validation.required");
        }
        return maxLength(field, trimmed, maxLength);
    }

    public static @Nullable String optional(String field, @Nullable String value, int maxLength) {
        var trimmed = LocalizedText.trimToNull(value);
        return trimmed == null ? null : maxLength(field, trimmed, maxLength);
    }

    /** A text kept per language: both official languages required, each within the length. */
    public static LocalizedText officialLanguages(String field, @Nullable LocalizedText text, int maxLength) {
        if (text == null || !text.hasOfficialLanguages()) {
            throw RefusedException.badInput(field, "validation.officialLanguages");
        }
        return withinLength(field, text, maxLength);
    }

    /** A text kept per language, each language within the length (any may be empty). */
    public static LocalizedText withinLength(String field, LocalizedText text, int maxLength) {
        maxLength(field, text.vi(), maxLength);
        maxLength(field, text.zh(), maxLength);
        maxLength(field, text.en(), maxLength);
        return text;
    }

    public static String code(String field, @Nullable String value) {
        var code = required(field, value, 10).toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw RefusedException.badInput(field, "validation.code");
        }
        return code;
    }

    private static @Nullable String maxLength(String field, @Nullable String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw RefusedException.badInput(field, "validation.tooLong", maxLength);
        }
        return visibleCharactersOnly(field, value);
    }

    /**
     * Refuses characters a reader cannot see but a comparison, a search or a signed text would
     * carry: control characters (other than line breaks and tabs) and format characters (zero-width
     * spaces and joiners, direction marks and overrides, BOM, soft hyphen, tags); and half of a
     * character (a lone surrogate), which MariaDB's utf8mb4 cannot store. Markup is allowed: it is
     * stored and always shown as text.
     */
    static @Nullable String visibleCharactersOnly(String field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        value.codePoints().forEach(c -> {
            switch (Character.getType(c)) {
                case Character.CONTROL -> {
                    if (c != '\n' && c != '\r' && c != '\t') {
                        throw RefusedException.badInput(field, "validation.controlCharacter");
                    }
                }
                case Character.FORMAT -> throw RefusedException.badInput(field, "validation.invisibleCharacter");
                case Character.SURROGATE -> throw RefusedException.badInput(field, "validation.brokenCharacter");
                default -> { }
            }
        });
        return value;
    }
}
