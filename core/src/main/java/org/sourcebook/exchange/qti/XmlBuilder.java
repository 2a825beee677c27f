package org.sourcebook.exchange.qti;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Writes an indented XML document element by element. Text is escaped here, so callers pass plain
 * text; {@link #mixed} takes markup made with {@link #lines} and {@link #escape}.
 */
final class XmlBuilder {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens {@code name}; {@code attributes} are name, value, name, value... */
    XmlBuilder open(String name, String... attributes) {
        startTag(name, attributes).append(">\n");
        open.push(name);
        return this;
    }

    XmlBuilder close() {
        String name = open.pop();
        indent().append("</").append(name).append(">\n");
        return this;
    }

    XmlBuilder empty(String name, String... attributes) {
        startTag(name, attributes).append("/>\n");
        return this;
    }

    /** An element holding {@code text} only. */
    XmlBuilder text(String name, String text, String... attributes) {
        return mixed(name, escape(text), attributes);
    }

    /** An element holding {@code markup}, which the caller has escaped. */
    XmlBuilder mixed(String name, String markup, String... attributes) {
        startTag(name, attributes).append('>').append(markup).append("</").append(name).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Unclosed elements: " + open);
        }
        return out.toString();
    }

    /** {@code text} escaped for element content, its line breaks as {@code <br/>}. */
    static String lines(String text) {
        return String.join("<br/>", LINE_BREAK.split(escape(text), -1));
    }

    /** {@code text} with {@code & < > "} escaped and characters XML cannot hold left out. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().filter(XmlBuilder::allowedInXml).forEach(codePoint -> {
            switch (codePoint) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.appendCodePoint(codePoint);
            }
        });
        return escaped.toString();
    }

    private StringBuilder startTag(String name, String... attributes) {
        indent().append('<').append(name);
        for (int index = 0; index + 1 < attributes.length; index += 2) {
            out.append(' ').append(attributes[index]).append("=\"").append(attributeValue(attributes[index + 1])).append('"');
        }
        return out;
    }

    /** Escaped so that tabs and line breaks survive attribute-value normalization. */
    private static String attributeValue(String value) {
        return escape(value).replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
    }

    private StringBuilder indent() {
        return out.append("  ".repeat(open.size()));
    }

    private static boolean allowedInXml(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }
}
