package org.jwc.secretariat.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** Checks that services apply to input before anything reaches the database. */
public final class Validation {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}");
    /**
     * Dates the committee can mean: a slip of the keyboard (year 0, year 20250) or a replayed
     * request must not reach MariaDB, which keeps DATETIME from year 1000 to 9999 only and silently
     * moves a year 0 to year 1.
     */
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate DAY_AFTER_LAST = LocalDate.of(3000, 1, 1);

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

    /** A day within the years 1900 to 2999, or none. */
    public static @Nullable LocalDate withinCalendar(String field, @Nullable LocalDate value) {
        if (value != null && (value.isBefore(FIRST_DAY) || !value.isBefore(DAY_AFTER_LAST))) {
            throw RefusedException.badInput(field, "validation.dateRange");
        }
        return value;
    }

    /** A moment within the years 1900 to 2999 (in UTC), or none. */
    public static @Nullable Instant withinCalendar(String field, @Nullable Instant value) {
        if (value != null && (value.isBefore(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !value.isBefore(DAY_AFTER_LAST.atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            throw RefusedException.badInput(field, "validation.dateRange");
        }
        return value;
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
