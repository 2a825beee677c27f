package org.sourcebook.exchange.gift;

/**
 * Writes plain text so that Moodle's GIFT importer reads it back unchanged: the escapes of
 * Moodle's own exporter ({@code repchar}), plus the guards its parser needs where a text could be
 * mistaken for syntax at its start.
 */
final class GiftEscaper {

    private GiftEscaper() {
    }

    /**
     * Backslash before {@code \ ~ = # { } :}, line breaks as {@code \n}, carriage returns dropped;
     * surrounding whitespace is trimmed first, as the importer would.
     */
    static String escape(String text) {
        return escapeUntrimmed(GiftSyntax.trim(text));
    }

    /** The escapes of {@link #escape}, keeping surrounding whitespace (for the parts of a text around a gap). */
    static String escapeUntrimmed(String trimmed) {
        StringBuilder out = new StringBuilder(trimmed.length() + 16);
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '\\' || GiftSyntax.SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A text Moodle reads through {@code parse_text_with_format}: one that starts with a format
     * marker such as {@code [html]} gets an explicit {@code [plain]} first, so the marker stays text.
     */
    static String formatted(String text) {
        String escaped = escape(text);
        return GiftSyntax.startsWithFormatMarker(escaped) ? "[plain]" + escaped : escaped;
    }

    /**
     * An answer after which Moodle looks for a {@code %weight%}: a text that itself starts like a
     * weight gets the weight written out, so it is not taken for one.
     */
    static String weighted(String explicitWeight, String text) {
        String written = formatted(text);
        return GiftSyntax.startsWithWeight(written) ? "%" + explicitWeight + "%" + written : written;
    }

    /**
     * A short-answer answer: Moodle's short-answer grading takes {@code *} as a wildcard and
     * {@code \*} as an asterisk, so asterisks are written as {@code \*} (a backslash GIFT keeps).
     */
    static String shortAnswer(String text) {
        return weighted("100", text).replace("*", "\\*");
    }

    /** A question title: one line, escaped; Moodle does not read a format marker in titles. */
    static String title(String text) {
        return escape(text.replaceAll("\\s+", " "));
    }
}
