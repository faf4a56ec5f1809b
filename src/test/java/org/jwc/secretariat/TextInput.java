package org.jwc.secretariat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Texts as users (and pasting, and hostile clients) type them, and what the services promise for
 * them (README, "Limits on texts"): trimmed of spaces at both ends, blank counts as empty, refused
 * when longer than the limit, or with a control character, an invisible character or half of a
 * character (a lone surrogate, which MariaDB's utf8mb4 cannot store); markup is kept as typed.
 */
public final class TextInput {

    static final List<String> WORDS = List.of("Hợp tác", "cửa khẩu Hữu Nghị", "Lạng Sơn", "kinh tế biên giới",
            "Vie\u0323\u0302t", "合作", "友谊关口岸", "广西壮族自治区", "\uD840\uDC00", "🇻🇳", "Border trade", "A", "1.", "—",
            "«»", "。", "，");
    static final List<String> SPACES = List.of(" ", "\n", "\r\n", "\t", "\u3000", "\u00A0", "\u2007", "\u202F");
    public static final List<String> MARKUP = List.of("<script>alert('x')</script>", "<b>đậm</b>", "</textarea>",
            "&amp;", "&lt;i&gt;", "<img src=x onerror=alert(1)>", "\"'", "{{7*7}}", "${jndi:ldap://x}",
            "'); DROP TABLE proposal; --");
    static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2060",
            "\u2061", "\u2064", "\uFEFF", "\u00AD", "\u061C", "\u180E", "\u202A", "\u202B", "\u202C", "\u202D",
            "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uDB40\uDC01");
    static final List<String> HALF_CHARACTERS = List.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF");

    private TextInput() {
    }

    /** Mostly harmless text within the limit; now and then empty, blank or absent. */
    public static @Nullable String harmless(Random random, int maxLength) {
        return switch (random.nextInt(20)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> spaces(random);
            default -> words(random, 1 + random.nextInt(6), maxLength);
        };
    }

    /** Text with one kind of trouble: blank, over-long, a control, invisible or half character, or markup. */
    public static String troubled(Random random, int maxLength) {
        return switch (random.nextInt(6)) {
            case 0 -> spaces(random);
            case 1 -> longText(random, maxLength);
            case 2 -> insert(random, words(random, 3, maxLength), Character.toString(control(random)));
            case 3 -> insert(random, words(random, 3, maxLength), pick(random, INVISIBLE));
            case 4 -> insert(random, words(random, 3, maxLength), pick(random, HALF_CHARACTERS));
            default -> insert(random, words(random, 3, maxLength), pick(random, MARKUP));
        };
    }

    /** Around the limit after trimming, sometimes with spaces around it that trimming removes. */
    static String longText(Random random, int maxLength) {
        var length = maxLength + List.of(-1, 0, 1, 1 + random.nextInt(100)).get(random.nextInt(4));
        var text = new StringBuilder();
        for (var word = pick(random, WORDS); text.length() + word.length() < length; word = pick(random, WORDS)) {
            text.append(word).append(' ');
        }
        var core = text.toString().strip();
        core += "x".repeat(length - core.length());
        return random.nextBoolean() ? core : spaces(random) + core + spaces(random);
    }

    /** The text as stored: spaces (any Unicode space) trimmed at both ends, blank as absent. */
    public static @Nullable String normalised(@Nullable String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : text.substring(start, end);
    }

    /** Every refusal the text deserves, as message keys; empty when it is fine. */
    public static Set<String> problems(@Nullable String text, int maxLength) {
        var found = new TreeSet<String>();
        var value = normalised(text);
        if (value == null) {
            return found;
        }
        if (value.length() > maxLength) {
            found.add("validation.tooLong");
        }
        value.codePoints().forEach(cp -> {
            switch (Character.getType(cp)) {
                case Character.CONTROL -> {
                    if (cp != '\n' && cp != '\r' && cp != '\t') {
                        found.add("validation.controlCharacter");
                    }
                }
                case Character.FORMAT -> found.add("validation.invisibleCharacter");
                case Character.SURROGATE -> found.add("validation.brokenCharacter");
                default -> { }
            }
        });
        return found;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String words(Random random, int count, int maxLength) {
        var text = new StringBuilder(pick(random, WORDS));
        for (int i = 1; i < count; i++) {
            text.append(random.nextInt(4) == 0 ? pick(random, SPACES) : " ").append(pick(random, WORDS));
        }
        return text.length() <= maxLength ? text.toString() : pick(random, WORDS);
    }

    private static String spaces(Random random) {
        var text = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            text.append(pick(random, SPACES));
        }
        return text.toString();
    }

    private static int control(Random random) {
        var controls = "\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u001C\u001F\u007F\u0085\u009B";
        return controls.charAt(random.nextInt(controls.length()));
    }

    private static String insert(Random random, String text, String piece) {
        var at = random.nextInt(text.length() + 1);
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
            at--; // never split a character in two by accident: half characters are a case of their own
        }
        return text.substring(0, at) + piece + text.substring(at);
    }

    private static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
