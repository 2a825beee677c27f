package org.sourcebook.ui.student;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sourcebook.ui.lesson.Scores;
import org.sourcebook.ui.lesson.Times;

/**
 * How the student pages write scores, times and review intervals, in the page's language and the
 * student's time zone.
 */
public final class StudentFormats {

    private StudentFormats() {}

    /** "80%" for a share in [0, 1]. */
    public static String percent(Component page, double share) {
        return page.getTranslation("student.percent", Scores.number(share, locale(page)));
    }

    /** "80%", or "–" when there is no number yet. */
    public static String percent(Component page, OptionalDouble share) {
        return share.isPresent() ? percent(page, share.getAsDouble()) : page.getTranslation("student.none");
    }

    /** Medium date and short time in the student's time zone, with its name. */
    public static String dateTime(Component page, Instant at) {
        return Times.format(at, locale(page));
    }

    private static Locale locale(Component page) {
        return page.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(Locale.ENGLISH);
    }

    /** A review interval as the rating buttons show it: "10 min", "5 h", "4 d". */
    public static String interval(Component page, Duration interval) {
        long minutes = Math.max(1, Math.round(interval.toSeconds() / 60.0));
        if (minutes < 60) {
            return page.getTranslation("student.interval.minutes", minutes);
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 24) {
            return page.getTranslation("student.interval.hours", hours);
        }
        return page.getTranslation("student.interval.days", Math.round(hours / 24.0));
    }

    /** A quiz time limit: "20 min", "1 h 30 min". */
    public static String duration(Component page, Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        if (hours == 0) {
            return page.getTranslation("student.interval.minutes", minutes);
        }
        return minutes == 0 ? page.getTranslation("student.interval.hours", hours)
                : page.getTranslation("student.duration.hours-minutes", hours, minutes);
    }
}
