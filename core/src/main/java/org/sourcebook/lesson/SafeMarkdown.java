package org.sourcebook.lesson;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Teacher-written Markdown as HTML that is safe to put into a page: rendered with commonmark
 * (raw HTML escaped, unsafe link targets dropped), then cleaned with jsoup's
 * {@link Safelist#basic()} (no scripts, no event handlers, links only to http, https and mailto,
 * opened with {@code rel="nofollow"}). Two layers, so a gap in one does not let script through. A
 * link whose target was dropped is kept as plain text: an {@code <a>} without {@code href} looks
 * disabled (greyed out, unreadable) and leads nowhere.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private SafeMarkdown() {}

    /** The cleaned HTML of {@code markdown}; empty for blank input. */
    public static String toHtml(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown));
        Document cleaned = Jsoup.parseBodyFragment(Jsoup.clean(rendered, "", Safelist.basic(), OUTPUT));
        cleaned.outputSettings(OUTPUT);
        cleaned.select("a:not([href])").unwrap();
        return cleaned.body().html().strip();
    }
}
