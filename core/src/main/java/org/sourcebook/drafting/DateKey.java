package org.sourcebook.drafting;

import java.util.Comparator;

/**
 * A date as far as the source gives it, for ordering events: month and day are 0 when not given.
 * A decade ("the 1990s") is its first year with {@code decade} set.
 */
public record DateKey(int year, int month, int day, boolean decade) implements Comparable<DateKey> {

    private static final Comparator<DateKey> ORDER =
            Comparator.comparingInt(DateKey::year).thenComparingInt(DateKey::month).thenComparingInt(DateKey::day);

    public static DateKey ofYear(int year) {
        return new DateKey(year, 0, 0, false);
    }

    @Override
    public int compareTo(DateKey other) {
        return ORDER.compare(this, other);
    }

    /** True when the two keys leave no doubt which came first (a year and a date in it do not). */
    public boolean clearlyBefore(DateKey other) {
        if (decade || other.decade) {
            return year + (decade ? 9 : 0) < other.year;
        }
        if (year != other.year) {
            return year < other.year;
        }
        if (month == 0 || other.month == 0 || month != other.month) {
            return month != 0 && other.month != 0 && month < other.month;
        }
        return day != 0 && other.day != 0 && day < other.day;
    }
}
