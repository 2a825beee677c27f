package org.sourcebook.ui.lesson;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times shown in the lesson and quiz pages: medium date and short time, in UTC (as the quiz settings). */
public final class Times {

    private Times() {}

    /** With seconds, where two times a few seconds apart must not look the same (a lesson's history). */
    public static String formatWithSeconds(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(ZoneOffset.UTC)
                .format(at) + " UTC";
    }

    public static String format(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneOffset.UTC)
                .format(at) + " UTC";
    }
}
