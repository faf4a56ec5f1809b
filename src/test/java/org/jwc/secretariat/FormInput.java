package org.jwc.secretariat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * Values other than texts as a form (or a hostile client replaying its request) sends them:
 * numbers in and out of range, dates near and absurd, choices missing, and record ids that belong
 * to another party or meeting or to nothing. Mostly sensible, so that the saving path is tried
 * too; {@link TextInput} makes the texts.
 */
public final class FormInput {

    /** Ids no record has: far beyond any sequence, zero and negative. */
    public static final List<Long> UNKNOWN_IDS = List.of(Long.MAX_VALUE, 999_999_999L, 0L, -1L, Long.MIN_VALUE);

    private FormInput() {
    }

    /** A whole number, in [min, max] three times out of four; otherwise just outside it, zero, negative or huge. */
    public static int number(Random random, int min, int max) {
        if (random.nextInt(4) > 0) {
            return min + random.nextInt(max - min + 1);
        }
        return pick(random, List.of(min - 1, max + 1, 0, -1, -max, Integer.MAX_VALUE, Integer.MIN_VALUE, max * 1000));
    }

    /** One of the given ids (records of the user's own meeting and party), sometimes one of the others or unknown. */
    public static long id(Random random, List<Long> fitting, List<Long> others) {
        var roll = random.nextInt(10);
        if (roll < 7 || (others.isEmpty() && roll < 9)) {
            return pick(random, fitting);
        }
        return roll < 9 ? pick(random, others) : pick(random, UNKNOWN_IDS);
    }

    /** A choice of a list on the form, now and then none. */
    public static <E> @Nullable E choice(Random random, E[] values) {
        return random.nextInt(12) == 0 ? null : values[random.nextInt(values.length)];
    }

    /** A day near the given one, sometimes far before or after it, at the ends of the calendar, or none. */
    public static @Nullable LocalDate date(Random random, LocalDate near) {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> LocalDate.of(1, 1, 1);
            case 2 -> LocalDate.of(9999, 12, 31);
            case 3 -> near.minusYears(200);
            case 4 -> near.plusYears(500);
            default -> near.plusDays(random.nextInt(61) - 30);
        };
    }

    /** A moment near the given one, sometimes far from it, at the ends of time a database can keep, or none. */
    public static @Nullable Instant instant(Random random, Instant near) {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> Instant.parse("0001-01-01T00:00:00Z");
            case 2 -> Instant.parse("9999-12-31T23:59:59Z");
            case 3 -> Instant.EPOCH;
            case 4 -> near.plus(365L * 300, ChronoUnit.DAYS);
            default -> near.plus(random.nextInt(60 * 24 * 60) - 30 * 24 * 60, ChronoUnit.MINUTES);
        };
    }

    /** Outside the years 1900 to 2999 that dates are kept in (README, "Limits on texts"). */
    public static boolean outOfCalendar(@Nullable LocalDate date) {
        return date != null && (date.getYear() < 1900 || date.getYear() > 2999);
    }

    public static boolean outOfCalendar(@Nullable Instant instant) {
        return instant != null && outOfCalendar(LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC));
    }

    /** A text, troubled with the given chance (see {@link TextInput}). */
    public static @Nullable String text(Random random, int maxLength, double trouble) {
        return random.nextDouble() < trouble ? TextInput.troubled(random, maxLength) : TextInput.harmless(random, maxLength);
    }

    /** A text per language, each troubled with the given chance. */
    public static LocalizedText localized(Random random, int maxLength, double trouble) {
        return new LocalizedText(text(random, maxLength, trouble), text(random, maxLength, trouble),
                text(random, maxLength, trouble));
    }

    /** Each language as stored (see {@link TextInput#normalised}). */
    public static LocalizedText normalised(LocalizedText text) {
        return new LocalizedText(TextInput.normalised(text.vi()), TextInput.normalised(text.zh()),
                TextInput.normalised(text.en()));
    }

    /** Every refusal the text deserves, as "field: message key" (see {@link TextInput#problems}). */
    public static Set<String> problems(String field, @Nullable String text, int maxLength) {
        return TextInput.problems(text, maxLength).stream().map(key -> field + ": " + key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The same for each language of a text. */
    public static Set<String> problems(String field, LocalizedText text, int maxLength) {
        var found = problems(field, text.vi(), maxLength);
        found.addAll(problems(field, text.zh(), maxLength));
        found.addAll(problems(field, text.en(), maxLength));
        return found;
    }

    public static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
