package org.sourcebook.source.importing;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * HTML through jsoup: what a reader sees in the page body, one paragraph per block element
 * (headings, paragraphs, list items, table cells, ...), whitespace collapsed as a browser does
 * except inside {@code pre}, {@code <br>} kept as a line break. Left out: scripts, styles,
 * templates, embedded frames and objects, form controls, navigation, and anything hidden
 * ({@code hidden}, {@code aria-hidden}, inline {@code display:none} or {@code visibility:hidden}),
 * because text a teacher cannot see in the page must not end up cited. The title is the page's
 * {@code <title>}, else its first heading; the author is {@code <meta name="author">}.
 */
final class HtmlExtractor implements Extractor {

    private static final String LEFT_OUT = "script, style, noscript, template, iframe, frame, object, embed, svg, math,"
            + " canvas, audio, video, button, select, textarea, input, nav, [hidden], [aria-hidden=true],"
            + " [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int CHARSET_SNIFF_LENGTH = 4096;
    private static final Pattern HTML_WHITESPACE = Pattern.compile("[ \\t\\n\\f\\r]+");

    @Override
    public Extraction extract(byte[] bytes) throws ImportException {
        Document page = Jsoup.parse(TextDecoding.decode(bytes, HtmlExtractor::declaredCharset));
        String title = firstNonBlank(page.title(), firstHeading(page));
        String author = page.select("meta[name=author]").attr("content");
        return new Extraction(paragraphs(page.body()).text(), title, author);
    }

    /** The visible text of {@code root}, one paragraph per block; {@code root} loses its hidden parts. */
    Paragraphs paragraphs(Element root) {
        BlockText visitor = new BlockText();
        if (!root.is(LEFT_OUT)) {
            root.select(LEFT_OUT).remove();
            root.traverse(visitor);
        }
        return visitor.paragraphs;
    }

    private static @Nullable String firstHeading(Document page) {
        Element heading = page.body().selectFirst("h1");
        heading = heading != null ? heading : page.body().selectFirst("h2, h3, h4, h5, h6");
        return heading == null ? null : heading.text();
    }

    private static @Nullable String firstNonBlank(String first, @Nullable String second) {
        return first.isBlank() ? second : first;
    }

    /**
     * The charset a legacy page declares in a meta tag, if Java knows it. ISO-8859-1 and ASCII mean
     * Windows-1252, as in browsers; UTF-8 and UTF-16 declarations are ignored, since the bytes
     * already proved not to be UTF-8 and UTF-16 needs a byte-order mark.
     */
    private static Optional<Charset> declaredCharset(String pageAsWindows1252) {
        String head = pageAsWindows1252.substring(0, Math.min(pageAsWindows1252.length(), CHARSET_SNIFF_LENGTH));
        Element meta = Jsoup.parse(head).selectFirst("meta[charset], meta[http-equiv~=(?i)content-type]");
        if (meta == null) {
            return Optional.empty();
        }
        Matcher declared = CHARSET.matcher(meta.hasAttr("charset") ? "charset=" + meta.attr("charset") : meta.attr("content"));
        return declared.find() ? knownCharset(declared.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static Optional<Charset> knownCharset(String name) {
        if (name.startsWith("utf-") || name.startsWith("utf8") || name.startsWith("unicode")) {
            return Optional.empty();
        }
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return Optional.of(TextDecoding.WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Walks the tree without recursion, so deeply nested pages cannot overflow the stack. */
    private static final class BlockText implements NodeVisitor {

        private final Paragraphs paragraphs = new Paragraphs();
        private int preformatted;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text.getWholeText());
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    paragraphs.append("\n");
                } else if (element.isBlock()) {
                    paragraphs.end();
                }
                preformatted += element.tag().preserveWhitespace() ? 1 : 0;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.isBlock()) {
                    paragraphs.end();
                }
                preformatted -= element.tag().preserveWhitespace() ? 1 : 0;
            }
        }

        private void appendText(String text) {
            if (preformatted > 0) {
                paragraphs.append(text);
                return;
            }
            String collapsed = HTML_WHITESPACE.matcher(text).replaceAll(" ");
            CharSequence current = paragraphs.current();
            boolean afterSpace = current.length() == 0 || Character.isWhitespace(current.charAt(current.length() - 1));
            paragraphs.append(afterSpace && collapsed.startsWith(" ") ? collapsed.substring(1) : collapsed);
        }
    }
}
