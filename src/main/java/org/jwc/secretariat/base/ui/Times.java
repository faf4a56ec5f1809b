package org.jwc.secretariat.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Translations;

/** Times as a reader in a given time zone sees them, with the zone named so nobody misreads. */
public final class Times {

    private Times() {
    }

    public static String format(@Nullable Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "—";
        }
        var time = instant.atZone(zone);
        var text = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(time);
        return text + " (" + zoneName(zone, instant, locale) + ")";
    }

    /**
     * The zone as a reader says it ("giờ Hà Nội", "北京时间", "Hanoi time"), from the translations; a
     * zone without a name there shows its id and offset, "Asia/Bangkok, UTC+07:00".
     */
    public static String zoneName(ZoneId zone, Instant at, Locale locale) {
        return Translations.exact("zone.name." + zone.getId(), locale)
                .orElseGet(() -> zone.getId() + ", UTC" + at.atZone(zone).getOffset().getId().replace("Z", "+00:00"));
    }

    /** The clock time alone, for a timetable whose header names the zone. */
    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(instant.atZone(zone));
    }

    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(instant.atZone(zone));
    }
}
