package org.jwc.secretariat.communique.past;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A numbered section heading of a past communiqué, in the conventions {@link Numbering} writes:
 * "1. Về …" and "(1) Về …", "一、关于…" and "（一）关于…". Both conventions are recognised in any
 * language, as a text may mix them.
 *
 * @param number the numeral as written, without its dot or brackets
 * @param text the heading without its number
 */
record PastHeading(int level, String number, String text) {

    /** Longer than this, a numbered line is a numbered paragraph, not a heading. */
    static final int MAX_LENGTH = 200;

    private static final String CHINESE = "[一二三四五六七八九十]{1,3}";
    private static final List<Pattern> LEVEL_1 = List.of(
            Pattern.compile("(\\d{1,2})\\.\\s+(\\S.*)"),
            Pattern.compile("(" + CHINESE + ")[、．.]\\s*(\\S.*)"));
    private static final List<Pattern> LEVEL_2 = List.of(
            Pattern.compile("\\((\\d{1,2})\\)\\s*(\\S.*)"),
            Pattern.compile("[（(](" + CHINESE + ")[）)]\\s*(\\S.*)"));

    /**
     * The heading a paragraph is, or null. A heading is short and ends without a full stop (a
     * trailing colon aside): "1. Các bên nhất trí … ." is a numbered paragraph.
     */
    static @Nullable PastHeading of(String block) {
        if (block.length() > MAX_LENGTH || block.indexOf('\n') >= 0) {
            return null;
        }
        var heading = match(block, LEVEL_1, 1);
        return heading != null ? heading : match(block, LEVEL_2, 2);
    }

    private static @Nullable PastHeading match(String block, List<Pattern> patterns, int level) {
        for (var pattern : patterns) {
            var matcher = pattern.matcher(block);
            if (matcher.matches()) {
                var text = matcher.group(2).replaceFirst("\\s*[:：]$", "");
                return text.isEmpty() || PastText.endsSentence(text) ? null : new PastHeading(level, matcher.group(1), text);
            }
        }
        return null;
    }
}
