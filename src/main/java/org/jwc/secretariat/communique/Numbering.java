package org.jwc.secretariat.communique;

import java.util.ArrayList;
import java.util.List;
import org.jwc.secretariat.i18n.Language;

/**
 * Section numbers in each language's convention: "1. Về …" and "(1) Về …" in Vietnamese (and
 * English), "一、关于…" and "（一）关于…" in Chinese. Numbers follow from the order of the sections,
 * so a moved or added section renumbers the rest; the preamble and the closing have none. Also a
 * meeting's number in each language's numerals.
 */
public final class Numbering {

    private static final String DIGITS = "零一二三四五六七八九";

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

    /**
     * A meeting's number as its language's texts write it: "18" in Vietnamese ("Hội nghị lần thứ 18"),
     * "十八" in Chinese ("第十八次会议"), "18th" in English, in the title and the running text alike.
     */
    public static String meeting(int number, Language language) {
        return switch (language) {
            case ZH -> chinese(number);
            case EN -> number + englishSuffix(number);
            default -> String.valueOf(number);
        };
    }

    /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
    private static String englishSuffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    static String number(int n, int level, Language language) {
        if (language == Language.ZH) {
            return level <= 1 ? chinese(n) + "、" : "（" + chinese(n) + "）";
        }
        return level <= 1 ? n + ". " : "(" + n + ") ";
    }

    /** 1 to 99 as Chinese numerals: 一, 十, 十一, 二十, 二十一. */
    static String chinese(int n) {
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        var tens = n / 10;
        var units = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (units == 0 ? "" : String.valueOf(DIGITS.charAt(units)));
    }
}
