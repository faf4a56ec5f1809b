package org.jwc.secretariat.i18n;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A domain text that is data (a party's name, an area's name, a meeting's title), kept in each
 * language. Shown in the reader's language, falling back to the other official language.
 */
@Embeddable
public record LocalizedText(@Nullable String vi, @Nullable String zh, @Nullable String en) {

    public static final LocalizedText EMPTY = new LocalizedText(null, null, null);

    public LocalizedText {
        vi = trimToNull(vi);
        zh = trimToNull(zh);
        en = trimToNull(en);
    }

    public @Nullable String get(Language language) {
        return switch (language) {
            case VI -> vi;
            case ZH -> zh;
            case EN -> en;
        };
    }

    /** The text in the given language, or in its fallback languages; empty string if none. */
    public String in(Language language) {
        var text = get(language);
        if (text != null) {
            return text;
        }
        for (var fallback : language.fallbacks()) {
            text = get(fallback);
            if (text != null) {
                return text;
            }
        }
        return "";
    }

    /** No language has any text. */
    /** The text with one language replaced. */
    public LocalizedText with(Language language, @Nullable String value) {
        return new LocalizedText(language == Language.VI ? value : vi, language == Language.ZH ? value : zh,
                language == Language.EN ? value : en);
    }

    public boolean isBlank() {
        return vi == null && zh == null && en == null;
    }

    /** Both official languages are present. */
    public boolean hasOfficialLanguages() {
        return vi != null && zh != null;
    }

    /**
     * The text without spaces at either end, or null when nothing is left. No-break and other
     * Unicode spaces count too (String.strip keeps them): a text of them alone looks empty.
     */
    public static @Nullable String trimToNull(@Nullable String s) {
        if (s == null) {
            return null;
        }
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
