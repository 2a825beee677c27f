package org.sourcebook.exchange.gift;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The pieces of GIFT syntax both directions share, following Moodle's importer: which characters a
 * backslash escapes, which text format markers and answer weights its parser looks for at the
 * start of a text, and the whitespace its {@code trim} removes.
 */
final class GiftSyntax {

    /** Characters that have a meaning in GIFT and are written with a backslash in texts. */
    static final String SPECIAL = "~=#{}:";

    /** The blank Moodle puts into a question text where a missing-word answer block stood. */
    static final String BLANK = "_____";

    /** Text format markers Moodle's {@code parse_text_with_format} strips from the start of a text. */
    static final List<String> FORMAT_MARKERS = List.of("[moodle]", "[html]", "[plain]", "[markdown]");

    /**
     * Moodle's {@code $giftanswerweightregex}, {@code ^%\-*([0-9]{1,2})\.?([0-9]*)%}, spelled out:
     * either one or two digits, a dot and more digits, or digits only. Anchored, no nested
     * repetition, so it runs in linear time on any text.
     */
    static final Pattern WEIGHT = Pattern.compile("^%(-*)([0-9]{1,2}\\.[0-9]*|[0-9]+)%");

    private GiftSyntax() {
    }

    /** PHP's {@code trim}: only space, tab, line feed, carriage return, NUL and vertical tab. */
    static boolean isTrimmed(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
    }

    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** A text from a file quoted in an issue's detail, cut to 40 characters so a huge file cannot bloat the report. */
    static String quote(String text) {
        String oneLine = text.replace('\n', ' ');
        return "'" + (oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "…") + "'";
    }

    static boolean startsWithFormatMarker(String text) {
        return FORMAT_MARKERS.stream().anyMatch(text::startsWith);
    }

    static boolean startsWithWeight(String text) {
        return WEIGHT.matcher(text).find();
    }
}
