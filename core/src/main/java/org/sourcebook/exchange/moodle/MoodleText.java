package org.sourcebook.exchange.moodle;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text to and from Moodle's text fields. Sourcebook's items are plain text; Moodle's rich
 * text fields are HTML. Out, the text is HTML-escaped with line breaks as {@code <br>} (and a
 * carriage return as {@code &#13;}, because XML parsers drop raw ones), so Moodle shows exactly the
 * text and the reader gets it back exactly. In, any HTML becomes text: {@code <br>} and block
 * elements are line breaks, source line breaks collapse to a space as a browser shows them.
 */
final class MoodleText {

    /** Moodle's text formats as its XML names them. */
    static final String HTML = "html";
    static final String MOODLE_AUTO_FORMAT = "moodle_auto_format";
    static final String PLAIN_TEXT = "plain_text";

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "tr", "table", "blockquote", "pre", "section", "article", "header", "footer", "dl", "dt", "dd", "hr");
    private static final String MEDIA = "img, video, audio, iframe, object, embed";
    private static final Pattern SOURCE_LINE_BREAK = Pattern.compile("[ \\t\\r]*\\n[ \\t\\r\\n]*");
    private static final Pattern UNESCAPED_WILDCARD = Pattern.compile("(?<!\\\\)\\*");

    private MoodleText() {
    }

    /** {@code text} as HTML that displays exactly as {@code text}. */
    static String toHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(character -> html.append(htmlCharacter(character)));
        return html.toString();
    }

    /**
     * Like {@link #toHtml} but braces become character references too, so the text around cloze
     * gaps can never look like a gap ({@code {1:SHORTANSWER:...}}) or a gap placeholder ({@code {#1}}).
     */
    static String toClozeHtml(String text) {
        return toHtml(text).replace("{", "&#123;").replace("}", "&#125;");
    }

    private static String htmlCharacter(int character) {
        switch (character) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '\n':
                return "<br>";
            case '\r':
                return "&#13;";
            default:
                return Character.toString(character);
        }
    }

    /**
     * One accepted answer inside a cloze gap. Moodle's cloze parser ends an answer at the first
     * {@code ~ # }} not preceded by a backslash or {@code &}, then decodes HTML entities, so every
     * character that could end or confuse the answer goes out as a numeric character reference
     * ({@code &} too, as {@code &#38;}: an answer ending in {@code &amp;} would hide the delimiter
     * after it). Asterisks are escaped first: a gap answer is a short answer, where {@code *} is a
     * wildcard.
     */
    static String toClozeAnswer(String answer) {
        StringBuilder encoded = new StringBuilder(answer.length() + 16);
        escapeWildcards(answer).codePoints().forEach(character -> encoded.append(clozeCharacter(character)));
        return encoded.toString();
    }

    private static String clozeCharacter(int character) {
        switch (character) {
            case '&':
            case '~':
            case '#':
            case '{':
            case '}':
            case '\\':
            case '\n':
            case '\r':
            case '"':
            case '<':
            case '>':
                return "&#" + character + ";";
            default:
                return Character.toString(character);
        }
    }

    /** A cloze gap's answer as Moodle reads it: entities decoded, {@code \}} and {@code \#} unescaped. */
    static String fromClozeAnswer(String raw) {
        return Parser.unescapeEntities(raw, false).replace("\\}", "}").replace("\\#", "#");
    }

    /** A short answer with its asterisks escaped, so Moodle matches them literally instead of as wildcards. */
    static String escapeWildcards(String answer) {
        return answer.replace("*", "\\*");
    }

    /** Whether a short answer as Moodle stores it holds a wildcard (an asterisk without a backslash). */
    static boolean hasWildcard(String storedAnswer) {
        return UNESCAPED_WILDCARD.matcher(storedAnswer).find();
    }

    /** A short answer as Moodle stores it, back to the text it accepts literally. */
    static String unescapeWildcards(String storedAnswer) {
        return storedAnswer.replace("\\*", "*");
    }

    /** The plain text of a field in one of Moodle's formats (html when unknown, as Moodle assumes). */
    static String toText(String content, String format) {
        switch (format.strip()) {
            case PLAIN_TEXT:
            case "markdown":
            case "wiki_like":
                return content.strip();
            case MOODLE_AUTO_FORMAT:
                return htmlToText(content.replace("\r\n", "\n").replace("\n", "<br>"));
            default:
                return htmlToText(content);
        }
    }

    /** Whether a field's HTML shows pictures, sound, video or embedded pages, which plain text would lose. */
    static boolean hasMedia(String content, String format) {
        String trimmed = format.strip();
        if (PLAIN_TEXT.equals(trimmed) || "markdown".equals(trimmed) || "wiki_like".equals(trimmed)) {
            return false;
        }
        return !Jsoup.parseBodyFragment(content).body().select(MEDIA).isEmpty();
    }

    /** What {@code html} shows as plain text, stripped. */
    static String htmlToText(String html) {
        TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, Jsoup.parseBodyFragment(html).body());
        return collector.text.toString().strip();
    }

    /** Walks the HTML tree, writing text nodes and turning {@code <br>} and block boundaries into line breaks. */
    private static final class TextCollector implements NodeVisitor {

        private final StringBuilder text = new StringBuilder();
        private boolean afterBlockBoundary;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(SOURCE_LINE_BREAK.matcher(textNode.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element element) {
                if ("br".equals(element.normalName())) {
                    text.append('\n');
                    afterBlockBoundary = false;
                } else if (BLOCKS.contains(element.normalName())) {
                    breakLine();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                breakLine();
            }
        }

        private void appendText(String fragment) {
            String toAppend = afterBlockBoundary ? fragment.stripLeading() : fragment;
            if (!toAppend.isEmpty()) {
                text.append(toAppend);
                afterBlockBoundary = false;
            }
        }

        private void breakLine() {
            int end = text.length();
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                end--;
            }
            text.setLength(end);
            if (end > 0 && text.charAt(end - 1) != '\n') {
                text.append('\n');
            }
            afterBlockBoundary = true;
        }
    }
}
