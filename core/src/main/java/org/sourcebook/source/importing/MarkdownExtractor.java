package org.sourcebook.source.importing;

import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Markdown through commonmark: the text a reader of the rendered page sees, without Markdown
 * syntax. Every paragraph, heading, list item and code block is a paragraph of its own; a
 * wrapped line joins its paragraph with a space, a hard line break stays a line break. Link
 * targets, images, inline HTML tags and thematic breaks are left out; raw HTML blocks go through
 * {@link HtmlExtractor}, so their scripts are left out too. The title is the first level-1
 * heading, else the first heading.
 */
final class MarkdownExtractor implements Extractor {

    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private final HtmlExtractor html = new HtmlExtractor();

    @Override
    public Extraction extract(byte[] bytes) throws ImportException {
        Node document = PARSER.parse(TextDecoding.decode(bytes));
        Paragraphs paragraphs = new Paragraphs();
        @Nullable Heading title = null;
        for (Node node = document.getFirstChild(); node != null; ) {
            if (isLeafBlock(node)) {
                addBlock(node, paragraphs);
                title = betterTitle(title, node);
                node = nextSkippingChildren(node, document);
            } else {
                node = node.getFirstChild() != null ? node.getFirstChild() : nextSkippingChildren(node, document);
            }
        }
        return new Extraction(paragraphs.text(), title == null ? null : inlineText(title), null);
    }

    private static boolean isLeafBlock(Node node) {
        return node instanceof Paragraph || node instanceof Heading || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock || node instanceof HtmlBlock;
    }

    private void addBlock(Node block, Paragraphs paragraphs) {
        if (block instanceof FencedCodeBlock code) {
            paragraphs.add(code.getLiteral());
        } else if (block instanceof IndentedCodeBlock code) {
            paragraphs.add(code.getLiteral());
        } else if (block instanceof HtmlBlock raw) {
            html.paragraphs(Jsoup.parseBodyFragment(raw.getLiteral()).body()).list().forEach(paragraphs::add);
        } else {
            paragraphs.add(inlineText(block));
        }
    }

    private static @Nullable Heading betterTitle(@Nullable Heading title, Node block) {
        if (!(block instanceof Heading heading)) {
            return title;
        }
        if (title == null) {
            return heading;
        }
        return title.getLevel() != 1 && heading.getLevel() == 1 ? heading : title;
    }

    /** The text of a block's inline content: literal text and code, line breaks, no images. */
    private static String inlineText(Node block) {
        StringBuilder text = new StringBuilder();
        for (Node node = block.getFirstChild(); node != null; ) {
            if (node instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (node instanceof Code code) {
                text.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                text.append(' ');
            } else if (node instanceof HardLineBreak) {
                text.append('\n');
            }
            boolean descend = node.getFirstChild() != null && !(node instanceof Image);
            node = descend ? node.getFirstChild() : nextSkippingChildren(node, block);
        }
        return SPACES.matcher(text).replaceAll(" ");
    }

    /** The node after {@code node} in document order, leaving out its children; null past {@code root}. */
    private static @Nullable Node nextSkippingChildren(Node node, Node root) {
        Node current = node;
        while (current != root && current.getNext() == null) {
            current = current.getParent();
        }
        return current == root ? null : current.getNext();
    }
}
