package org.sourcebook.exchange.anki;

import java.util.regex.Pattern;

/** How plain text becomes an Anki field: HTML, cloze-safe HTML, and a field of a tab-separated line. */
final class AnkiText {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private AnkiText() {
    }

    /** {@code text} as HTML (the file says {@code #html:true}): {@code & < >} escaped, line breaks as {@code <br>}. */
    static String html(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return LINE_BREAK.matcher(escaped).replaceAll("<br>");
    }

    /**
     * HTML that Anki's cloze parser reads as plain text: braces and colons become character
     * references, so a {@code }}} or {@code ::} in the text can neither close a cloze nor start a
     * hint, and the card still shows them.
     */
    static String clozeSafeHtml(String text) {
        return html(text).replace("{", "&#123;").replace("}", "&#125;").replace(":", "&#58;");
    }

    /**
     * One field of a tab-separated line, quoted as Anki's CSV reader expects when it holds a tab,
     * a double quote or a line break, or starts with {@code #} (which would make the line a comment).
     */
    static String field(String value) {
        boolean quote = value.startsWith("#") || value.chars().anyMatch(c -> c == '\t' || c == '"' || c == '\n' || c == '\r');
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** A tag as Anki keeps it: tags are separated by spaces, so spaces inside one become underscores. */
    static String tag(String tag) {
        return tag.strip().replaceAll("\\s+", "_");
    }
}
