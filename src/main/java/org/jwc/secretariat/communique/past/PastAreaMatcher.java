package org.jwc.secretariat.communique.past;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;

/**
 * Maps a past communiqué's section heading to a cooperation area by the words they share. Past
 * headings word the areas their own way ("Về xây dựng cửa khẩu" for "Cửa khẩu", "Về giao lưu hữu
 * hữu nghị" with a doubled word), so the match is by overlap of words, without case or diacritics
 * (PDF extraction sometimes mangles them), never by equality; a weak or tied match is left to the user.
 */
final class PastAreaMatcher {

    /** Below this score the section is unsure: no area, the user chooses. */
    static final double THRESHOLD = 0.6;
    /** A best area less than this ahead of the next one is a tie: unsure too. */
    static final double MARGIN = 0.1;

    record Match(@Nullable Long areaId, double confidence) {
    }

    /** "Về …" / "关于…" / "On …" introduce every heading and name no area. */
    private static final Pattern LEAD = Pattern.compile("^(?:(?:về|on|about|regarding)\\s+|关于\\s*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<AreaName> areas;
    private final Language language;

    PastAreaMatcher(List<AreaName> areas, Language language) {
        this.areas = List.copyOf(areas);
        this.language = language;
    }

    /**
     * The area a heading names. A level-1 heading is looked for among the root areas, a level-2 one
     * among the children of its level-1 section's area (any non-root area when that is unknown);
     * when none of those is sure, among all areas, as a past communiqué may have ranked an area
     * differently than today's tree.
     */
    Match match(String heading, int level, @Nullable Long parentAreaId) {
        var words = words(heading);
        var preferred = areas.stream()
                .filter(a -> level <= 1 ? a.parentId() == null
                        : parentAreaId != null ? Objects.equals(a.parentId(), parentAreaId) : a.parentId() != null)
                .toList();
        var match = best(words, preferred);
        return match.areaId() != null ? match : best(words, areas);
    }

    private Match best(Set<String> words, List<AreaName> candidates) {
        AreaName best = null;
        double top = 0;
        double second = 0;
        for (var area : candidates) {
            var score = score(words, words(area.name().in(language)));
            if (score > top) {
                second = top;
                top = score;
                best = area;
            } else if (score > second) {
                second = score;
            }
        }
        var sure = best != null && top >= THRESHOLD && top - second >= MARGIN;
        return new Match(sure ? best.id() : null, top);
    }

    /**
     * The mean of the Dice coefficient and of the share of the area's words found in the heading:
     * a heading usually adds words to the area's name ("hợp tác", "xây dựng"), which the second
     * forgives and the first does not, so that a short area name inside a long heading still counts.
     */
    static double score(Set<String> heading, Set<String> area) {
        if (heading.isEmpty() || area.isEmpty()) {
            return 0;
        }
        var common = new HashSet<>(heading);
        common.retainAll(area);
        double dice = 2.0 * common.size() / (heading.size() + area.size());
        double covered = (double) common.size() / area.size();
        return (dice + covered) / 2;
    }

    /**
     * The words of a heading or name: lower case, without diacritics (đ as d), without the leading
     * "Về". Chinese has no spaces, so its words are the pairs of adjacent characters.
     */
    static Set<String> words(String text) {
        var plain = LEAD.matcher(text.strip()).replaceFirst("").toLowerCase(Locale.ROOT).replace('đ', 'd');
        plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        var words = new HashSet<String>();
        for (var word : NON_WORD.split(plain)) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                for (int i = 0; i + 1 < word.length() || i == 0; i++) {
                    words.add(word.substring(i, Math.min(i + 2, word.length())));
                }
            } else {
                words.add(word);
            }
        }
        return words;
    }
}
