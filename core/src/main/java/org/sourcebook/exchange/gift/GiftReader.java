package org.sourcebook.exchange.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.source.TextNormalization;
import org.sourcebook.exchange.items.ImportedItems;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemImporter;
import org.sourcebook.exchange.items.ItemIssue;

/**
 * Reads GIFT files as Moodle's importer does (question/format/gift/format.php): questions are
 * separated by blank lines, lines starting with {@code //} are comments (their {@code [tag:...]}
 * tokens become tags), {@code $CATEGORY:} blocks are skipped. Kinds: multiple choice with one
 * {@code =} answer becomes single choice, with {@code %weight%} answers only multiple response;
 * {@code {T}}/{@code {TRUE}} true/false; short answer; a short answer inside the text (missing
 * word) or after a text ending in a blank becomes a one-gap cloze; numeric (tolerance and ranges);
 * matching. Missing-word questions of the other types keep Moodle's blank "_____" in their prompt.
 * Essays, descriptions, partial credit and Moodle's short-answer wildcard are reported, not read.
 */
public class GiftReader implements ItemImporter {

    public GiftReader() {
        // Stateless; created by Spring or directly by the command line.
    }

    @Override
    public ItemFormat format() {
        return ItemFormat.GIFT;
    }

    @Override
    public ImportedItems read(byte[] content) {
        Optional<String> text = TextNormalization.decodeUtf8(content);
        if (text.isEmpty()) {
            return notReadable("the file is not UTF-8 text");
        }
        String file = text.get().startsWith("\uFEFF") ? text.get().substring(1) : text.get();
        if (file.indexOf('\0') >= 0) {
            return notReadable("the file is binary, not GIFT text");
        }
        String start = GiftSyntax.trim(file.substring(0, Math.min(file.length(), 200)));
        if (start.startsWith("<?xml") || start.startsWith("<quiz")) {
            return notReadable("the file is XML (Moodle XML?), not GIFT");
        }
        return readQuestions(blocks(file));
    }

    private static ImportedItems readQuestions(List<List<String>> blocks) {
        List<Item> items = new ArrayList<>();
        List<ItemIssue> problems = new ArrayList<>();
        int position = 0;
        boolean looksLikeGift = false;
        for (List<String> block : blocks) {
            String body = body(block);
            if (body.isEmpty() || body.startsWith("$CATEGORY:")) {
                continue;
            }
            position++;
            GiftQuestionReader question = new GiftQuestionReader(body, tags(block));
            looksLikeGift |= question.looksLikeGift();
            try {
                Item item = question.read();
                List<Problem> itemProblems = item.problems();
                if (itemProblems.isEmpty()) {
                    items.add(item);
                } else {
                    problems.add(new ItemIssue(position, question.label(), ItemIssue.Reason.INVALID_QUESTION,
                            String.join("; ", itemProblems.stream().map(Problem::message).toList())));
                }
            } catch (QuestionRejected rejected) {
                problems.add(new ItemIssue(position, question.label(), rejected.reason(), rejected.detail()));
            }
        }
        if (position == 0) {
            return notReadable("the file has no questions");
        }
        if (!looksLikeGift) {
            return notReadable("no GIFT question found: no answer block in braces and no ::title::");
        }
        return new ImportedItems(items, problems);
    }

    private static ImportedItems notReadable(String detail) {
        return new ImportedItems(List.of(), List.of(new ItemIssue(0, "", ItemIssue.Reason.FILE_NOT_READABLE, detail)));
    }

    /** Runs of non-blank lines, each line trimmed; any of CR LF, LF and CR ends a line. */
    static List<List<String>> blocks(String file) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= file.length(); i++) {
            char c = i < file.length() ? file.charAt(i) : '\n';
            if (c != '\n' && c != '\r') {
                continue;
            }
            String line = GiftSyntax.trim(file.substring(lineStart, i));
            if (line.isEmpty() && !current.isEmpty()) {
                blocks.add(current);
                current = new ArrayList<>();
            } else if (!line.isEmpty()) {
                current.add(line);
            }
            if (c == '\r' && i + 1 < file.length() && file.charAt(i + 1) == '\n') {
                i++;
            }
            lineStart = i + 1;
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /** The question's text: comment lines become spaces (as in Moodle), the rest joined by line breaks. */
    private static String body(List<String> block) {
        return GiftSyntax.trim(String.join("\n", block.stream().map(line -> line.startsWith("//") ? " " : line).toList()));
    }

    /**
     * Tags from {@code [tag:...]} tokens in the comment lines, {@code \]} standing for {@code ]};
     * like Moodle, a token with a control character or {@code < > `} is not a tag.
     */
    static List<String> tags(List<String> block) {
        List<String> tags = new ArrayList<>();
        for (String line : block) {
            if (line.startsWith("//")) {
                readTags(line, tags);
            }
        }
        return tags;
    }

    /** One pass over the line: a token that breaks off is skipped, and the search goes on from there. */
    private static void readTags(String line, List<String> tags) {
        int at = line.indexOf("[tag:");
        while (at >= 0) {
            StringBuilder tag = new StringBuilder();
            int i = at + "[tag:".length();
            boolean closed = false;
            for (; i < line.length() && !closed; i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == ']') {
                    tag.append(']');
                    i++;
                } else if (c == ']') {
                    closed = true;
                } else if (c < 0x20 || c == 0x7F || c == '<' || c == '>' || c == '`') {
                    break;
                } else {
                    tag.append(c);
                }
            }
            String name = GiftSyntax.trim(tag.toString());
            if (closed && !name.isEmpty()) {
                tags.add(name);
            }
            at = line.indexOf("[tag:", i);
        }
    }
}
