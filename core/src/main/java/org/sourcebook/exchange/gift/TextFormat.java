package org.sourcebook.exchange.gift;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text formats a GIFT text may declare with a leading marker ({@code [html]} ...). Moodle's
 * default is its own auto-format; Sourcebook items are plain text, so HTML texts (what Moodle's
 * editor produces and its exports carry) become plain text, and the other formats stay as written.
 */
enum TextFormat {
    MOODLE("[moodle]"), HTML("[html]"), PLAIN("[plain]"), MARKDOWN("[markdown]");

    private final String marker;

    TextFormat(String marker) {
        this.marker = marker;
    }

    /** The format a marker at the start of {@code text} names, or null when there is none. */
    static @org.jspecify.annotations.Nullable TextFormat markedAt(String text) {
        if (text.isEmpty() || text.charAt(0) != '[') {
            return null;
        }
        for (TextFormat format : values()) {
            if (text.startsWith(format.marker)) {
                return format;
            }
        }
        return null;
    }

    String marker() {
        return marker;
    }

    /** {@code text} (without its marker) as plain text. */
    String toPlain(String text) {
        if (this != HTML || text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        PlainText plain = new PlainText();
        NodeTraversor.traverse(plain, Jsoup.parseBodyFragment(text).body());
        return plain.text();
    }

    /** Text nodes with HTML whitespace collapsed; line breaks for {@code <br>} and between blocks. */
    private static final class PlainText implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String collapsed = text.getWholeText().replaceAll("[ \\t\\n\\f\\r]+", " ");
                boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n'
                        || out.charAt(out.length() - 1) == ' ';
                out.append(lineStart && collapsed.startsWith(" ") ? collapsed.substring(1) : collapsed);
            } else if (node instanceof Element element && element.nameIs("br")) {
                out.append('\n');
            } else if (node instanceof Element element && element.isBlock() && depth > 0) {
                breakLine();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock() && depth > 0) {
                breakLine();
            }
        }

        private void breakLine() {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        String text() {
            return out.toString().strip();
        }
    }
}
