package org.sourcebook.exchange.moodle;

import java.util.OptionalInt;

/**
 * XML written line by line in the layout Moodle's own export uses (two spaces per level), with
 * element text escaped as Moodle does: unchanged when it needs no escaping, else in a CDATA
 * section (split around any {@code ]]>}). Text with a carriage return is escaped with character
 * references instead, because XML parsers turn a raw one inside CDATA into a line feed.
 */
final class XmlOut {

    private final StringBuilder xml = new StringBuilder();

    /** Appends one line at {@code level} (two spaces each). */
    XmlOut line(int level, String content) {
        xml.append("  ".repeat(level)).append(content).append('\n');
        return this;
    }

    /** Appends {@code <name>text</name>} on one line. */
    XmlOut element(int level, String name, String text) {
        return line(level, "<" + name + ">" + text(text) + "</" + name + ">");
    }

    /** Appends {@code <text>text</text>} on one line. */
    XmlOut text(int level, String text) {
        return element(level, "text", text);
    }

    /** Appends a field in Moodle's shape: {@code <name format="...">} with one {@code <text>}. */
    XmlOut field(int level, String name, String format, String text) {
        line(level, "<" + name + " format=\"" + format + "\">");
        text(level + 1, text);
        return line(level, "</" + name + ">");
    }

    XmlOut append(XmlOut other) {
        xml.append(other.xml);
        return this;
    }

    @Override
    public String toString() {
        return xml.toString();
    }

    /** {@code raw} as element content. */
    static String text(String raw) {
        if (raw.indexOf('\r') >= 0) {
            return escape(raw);
        }
        if (raw.chars().noneMatch(character -> character == '&' || character == '<' || character == '>' || character == '"')) {
            return raw;
        }
        return "<![CDATA[" + raw.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static String escape(String raw) {
        return raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;");
    }

    /** The first character XML 1.0 cannot carry at all (control characters, unpaired surrogates), if any. */
    static OptionalInt firstUnwritable(String text) {
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Character.isHighSurrogate(character) && index + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(index + 1))) {
                index++;
            } else if (!writable(character)) {
                return OptionalInt.of(character);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean writable(char character) {
        return character == '\t' || character == '\n' || character == '\r'
                || (character >= 0x20 && character <= 0xD7FF) || (character >= 0xE000 && character <= 0xFFFD);
    }
}
