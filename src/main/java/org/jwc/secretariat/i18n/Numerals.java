package org.jwc.secretariat.i18n;

/**
 * Numbers as each language's texts of record write them: a meeting is "lần thứ 18" in Vietnamese,
 * "第十八次" in Chinese and "the 18th" in English, in titles and running text alike; section numbers
 * in Chinese are numerals too ("一、", "（三）").
 */
public final class Numerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {
    }

    /** A meeting's number: "18", "十八", "18th". */
    public static String meeting(int number, Language language) {
        return switch (language) {
            case ZH -> chinese(number);
            case EN -> number + englishSuffix(number);
            default -> String.valueOf(number);
        };
    }

    /** 1 to 99 as Chinese numerals: 一, 十, 十一, 二十, 二十一; other numbers in digits. */
    public static String chinese(int n) {
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
}
