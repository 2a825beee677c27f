package org.sourcebook.ui.lesson;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.sourcebook.ui.base.TimeZones;

/**
 * Dates and times as every page shows them: medium date and short time in the person's time zone
 * (their choice, else their browser's, else UTC), followed by the zone's short name, so a time is
 * never ambiguous.
 */
public final class Times {

    private Times() {}

    public static String format(Instant at, Locale locale) {
        return format(at, locale, FormatStyle.SHORT);
    }

    /** With seconds, where two times a few seconds apart must not look the same (a lesson's history). */
    public static String formatWithSeconds(Instant at, Locale locale) {
        return format(at, locale, FormatStyle.MEDIUM);
    }

    private static String format(Instant at, Locale locale, FormatStyle timeStyle) {
        ZoneId zone = TimeZones.current();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, timeStyle)
                .withLocale(locale)
                .withZone(zone)
                .format(at) + " " + TimeZones.name(zone, locale);
    }
}
