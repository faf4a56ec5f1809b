package org.jwc.secretariat.communique.past;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A numbered section of a past communiqué.
 *
 * @param level 1 for "1. Về …" / "一、关于…", 2 for "(1) Về …" / "（一）关于…"
 * @param number the numeral as written, without its dot or brackets: "1", "一"
 * @param heading the heading without its number
 * @param areaId the cooperation area the heading names; null when the parser is unsure, and the
 *     user chooses
 * @param confidence how well the heading matches the best area, from 0 to 1
 */
public record ParsedSection(int level, String number, String heading, @Nullable Long areaId, double confidence,
        List<ParsedParagraph> paragraphs) {

    public ParsedSection {
        paragraphs = List.copyOf(paragraphs);
    }
}
