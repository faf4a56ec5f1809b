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
        if (value == null || value.isBlank()) {
            throw RefusedException.badInput(field, "validation.required");
        }
        return maxLength(field, value.strip(), maxLength);
    }

    public static @Nullable String optional(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return maxLength(field, value.strip(), maxLength);
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
     * carry: control characters (other than line breaks and tabs), zero-width characters and
     * direction overrides. Markup is allowed: it is stored and always shown as text.
     */
    static @Nullable String visibleCharactersOnly(String field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                throw RefusedException.badInput(field, "validation.controlCharacter");
            }
            if (INVISIBLE.indexOf(c) >= 0) {
                throw RefusedException.badInput(field, "validation.invisibleCharacter");
            }
        }
        return value;
    }

    /** Zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen, bidi controls. */
    private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD"
            + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
}
