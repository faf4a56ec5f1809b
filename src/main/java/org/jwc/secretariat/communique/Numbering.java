package org.jwc.secretariat.communique;

import java.util.ArrayList;
import java.util.List;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.Numerals;

/**
 * Section numbers in each language's convention: "1. Về …" and "(1) Về …" in Vietnamese (and
 * English), "一、关于…" and "（一）关于…" in Chinese. Numbers follow from the order of the sections,
 * so a moved or added section renumbers the rest; the preamble and the closing have none.
 */
public final class Numbering {

    private Numbering() {
    }

    /** Each section's heading with its number, in the given language; empty for the unnumbered ones. */
    public static List<String> headings(List<SectionText> sections, Language language) {
        var headings = new ArrayList<String>();
        int top = 0;
        int sub = 0;
        for (var section : sections) {
            if (section.kind() != SectionKind.AREA) {
                headings.add("");
            } else if (section.level() <= 1) {
                sub = 0;
                headings.add(number(++top, 1, language) + section.heading().in(language));
            } else {
                headings.add(number(++sub, 2, language) + section.heading().in(language));
            }
        }
        return headings;
    }

    static String number(int n, int level, Language language) {
        if (language == Language.ZH) {
            return level <= 1 ? Numerals.chinese(n) + "、" : "（" + Numerals.chinese(n) + "）";
        }
        return level <= 1 ? n + ". " : "(" + n + ") ";
    }
}
