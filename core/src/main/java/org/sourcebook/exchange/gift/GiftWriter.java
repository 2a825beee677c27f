package org.sourcebook.exchange.gift;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.exchange.items.CitationText;
import org.sourcebook.exchange.items.ExportNames;
import org.sourcebook.exchange.items.ExportSet;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.ItemExporter;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;

/**
 * Writes items in Moodle's GIFT format as Moodle's importer reads it (docs.moodle.org "GIFT format",
 * question/format/gift/format.php). The set's name becomes the {@code $CATEGORY}; each question
 * gets a title from the start of its prompt, its tags as a {@code // [tag:...]} comment, its texts
 * marked {@code [plain]} (items are plain text, so {@code <b>} stays visible as written), and its
 * feedback with the citation line as general feedback ({@code ####}).
 *
 * <p>Carried: single choice, multiple response (equal shares, wrong options costing equal shares),
 * true/false, short answer, numeric (absolute tolerance), matching with three pairs or more, and a
 * cloze with exactly one gap (as a missing-word short answer). Fact cards and ordering have no GIFT
 * question type; other limits are listed per item in {@link ExportedFile#skipped()}.
 */
public class GiftWriter implements ItemExporter {

    static final int TITLE_LENGTH = 40;

    public GiftWriter() {
        // Stateless; created by Spring or directly by the command line.
    }

    @Override
    public ItemFormat format() {
        return ItemFormat.GIFT;
    }

    @Override
    public ExportedFile export(ExportSet set) {
        StringBuilder out = new StringBuilder();
        String category = categoryPath(set.name());
        if (!category.isEmpty()) {
            out.append("$CATEGORY: ").append(category).append("\n\n");
        }
        List<ItemIssue> skipped = new ArrayList<>();
        for (int index = 0; index < set.items().size(); index++) {
            Item item = set.items().get(index);
            Written written = write(item);
            if (written.question() != null) {
                out.append(written.question()).append("\n\n");
            } else {
                skipped.add(new ItemIssue(index + 1, item.prompt(), written.reason(), written.detail()));
            }
        }
        return new ExportedFile(ExportNames.fileName(set, ItemFormat.GIFT), ItemFormat.GIFT,
                out.toString().getBytes(StandardCharsets.UTF_8), skipped);
    }

    /**
     * The category line's path: Moodle splits it at {@code /} into nested categories, so a slash in
     * the name is doubled (as its {@code assemble_category_path} does); the path must be one line.
     */
    static String categoryPath(String name) {
        String path = GiftSyntax.trim(name.replaceAll("\\s+", " ")).replace("/", "//");
        if (path.startsWith("/")) {
            path = " " + path;
        }
        return path.endsWith("/") ? path + " " : path;
    }

    private Written write(Item item) {
        if (item instanceof SingleChoice choice) {
            return Written.as(question(item, block(choice.options().stream().map(GiftWriter::singleChoiceOption).toList(), item)));
        }
        if (item instanceof MultipleResponse multiple) {
            return multipleResponse(multiple);
        }
        if (item instanceof TrueFalse trueFalse) {
            return Written.as(question(item, "{" + (trueFalse.answer() ? "TRUE" : "FALSE") + generalFeedback(item) + "}"));
        }
        if (item instanceof ShortAnswer shortAnswer) {
            return shortAnswer(shortAnswer);
        }
        if (item instanceof Numeric numeric) {
            return Written.as(question(item, "{#" + numericAnswer(numeric) + generalFeedback(item) + "}"));
        }
        if (item instanceof Matching matching) {
            return matching(matching);
        }
        if (item instanceof Cloze cloze) {
            return cloze(cloze);
        }
        return Written.skipped(ItemIssue.Reason.KIND_NOT_SUPPORTED, item.kind().name());
    }

    private static String singleChoiceOption(ChoiceOption option) {
        String answer = option.correct() ? "=" + GiftEscaper.formatted(option.text())
                : "~" + GiftEscaper.weighted("0", option.text());
        return answer + optionFeedback(option);
    }

    private Written multipleResponse(MultipleResponse item) {
        long correct = item.options().stream().filter(ChoiceOption::correct).count();
        long wrong = item.options().size() - correct;
        Optional<String> correctShare = MoodleShares.percentOfOneIn((int) correct);
        Optional<String> wrongShare = wrong == 0 ? Optional.of("0") : MoodleShares.percentOfOneIn((int) wrong);
        if (correctShare.isEmpty() || wrongShare.isEmpty()) {
            return Written.skipped(ItemIssue.Reason.FEATURE_NOT_SUPPORTED, "Moodle's grade list has no equal share for "
                    + (correctShare.isEmpty() ? correct + " correct options" : wrong + " wrong options")
                    + " (it has 1/n for n = 1 to 10 and 20)");
        }
        List<String> options = item.options().stream()
                .map(option -> "~%" + (option.correct() ? correctShare.get() : "-" + wrongShare.get()) + "%"
                        + GiftEscaper.formatted(option.text()) + optionFeedback(option))
                .toList();
        return Written.as(question(item, block(options, item)));
    }

    private static String optionFeedback(ChoiceOption option) {
        return GiftSyntax.trim(option.feedback()).isEmpty() ? "" : "#" + GiftEscaper.formatted(option.feedback());
    }

    private Written shortAnswer(ShortAnswer item) {
        Optional<String> unreadable = answersGiftMistakesForMatching(item.acceptedAnswers());
        if (unreadable.isPresent()) {
            return Written.skipped(ItemIssue.Reason.FEATURE_NOT_SUPPORTED, unreadable.get());
        }
        List<String> answers = item.acceptedAnswers().stream().map(answer -> "=" + GiftEscaper.shortAnswer(answer)).toList();
        return Written.as(question(item, block(answers, item)));
    }

    /** Moodle takes an answer block with {@code =} and {@code ->} for matching, and {@code -} and {@code >} have no escape. */
    private static Optional<String> answersGiftMistakesForMatching(List<String> answers) {
        return answers.stream().filter(answer -> answer.contains("->")).findFirst()
                .map(answer -> "the accepted answer '" + answer + "' contains '->', which GIFT reads as a matching pair");
    }

    private static String numericAnswer(Numeric item) {
        BigDecimal tolerance = item.tolerance().relative()
                ? item.tolerance().amount().multiply(item.value().abs()).stripTrailingZeros()
                : item.tolerance().amount();
        return tolerance.signum() == 0 ? item.value().toPlainString()
                : item.value().toPlainString() + ":" + tolerance.toPlainString();
    }

    private Written matching(Matching item) {
        if (item.pairs().size() < 3) {
            return Written.skipped(ItemIssue.Reason.FEATURE_NOT_SUPPORTED,
                    "Moodle's matching needs at least three pairs, this item has " + item.pairs().size());
        }
        Optional<MatchPair> arrowOnLeft = item.pairs().stream().filter(pair -> pair.left().contains("->")).findFirst();
        if (arrowOnLeft.isPresent()) {
            return Written.skipped(ItemIssue.Reason.FEATURE_NOT_SUPPORTED,
                    "the left side '" + arrowOnLeft.get().left() + "' contains '->', which GIFT uses between the sides");
        }
        List<String> pairs = item.pairs().stream()
                .map(pair -> "=" + GiftEscaper.formatted(pair.left()) + " -> " + GiftEscaper.escape(pair.right()))
                .toList();
        return Written.as(question(item, block(pairs, item)));
    }

    /**
     * A cloze with one gap is Moodle's missing-word short answer: the answer block stands where the
     * gap is, and Moodle shows a blank there. At the very end Moodle would show no blank, so the
     * blank is written before the block.
     */
    private Written cloze(Cloze item) {
        if (item.gaps().size() != 1) {
            return Written.skipped(ItemIssue.Reason.FEATURE_NOT_SUPPORTED,
                    "GIFT has one answer blank per question, this cloze has " + item.gaps().size() + " gaps");
        }
        Optional<String> unreadable = answersGiftMistakesForMatching(item.gaps().get(0).acceptedAnswers());
        String[] around = item.prompt().split(Pattern.quote(Cloze.marker(1)), -1);
        if (unreadable.isPresent() || around.length != 2) {
            return Written.skipped(ItemIssue.Reason.FEATURE_NOT_SUPPORTED,
                    unreadable.orElse("the cloze text must hold its gap marker exactly once"));
        }
        String answers = item.gaps().get(0).acceptedAnswers().stream()
                .map(answer -> "=" + GiftEscaper.shortAnswer(answer))
                .collect(Collectors.joining(" "));
        String before = escapeKeepingSpace(around[0], true);
        String after = escapeKeepingSpace(around[1], false);
        String gap = "{" + answers + generalFeedback(item) + "}";
        String text = after.isEmpty() ? before + GiftSyntax.BLANK + gap : before + gap + after;
        return Written.as(header(item) + "[plain]" + text);
    }

    /** Escapes a part of a cloze text; the spaces next to the gap stay, the ends of the whole text are trimmed. */
    private static String escapeKeepingSpace(String part, boolean beforeGap) {
        int start = 0;
        int end = part.length();
        if (beforeGap) {
            while (start < end && GiftSyntax.isTrimmed(part.charAt(start))) {
                start++;
            }
        } else {
            while (end > start && GiftSyntax.isTrimmed(part.charAt(end - 1))) {
                end--;
            }
        }
        return GiftEscaper.escapeUntrimmed(part.substring(start, end));
    }

    private static String question(Item item, String answerBlock) {
        return header(item) + "[plain]" + GiftEscaper.escape(item.prompt()) + answerBlock;
    }

    /** The tag comment and the title. */
    private static String header(Item item) {
        StringBuilder header = new StringBuilder();
        String tags = item.info().tags().stream()
                .filter(GiftWriter::isWritableTag)
                .map(tag -> "[tag:" + tag.replace("]", "\\]") + "]")
                .collect(Collectors.joining(" "));
        if (!tags.isEmpty()) {
            header.append("// ").append(tags).append('\n');
        }
        String title = title(item);
        if (!title.isEmpty()) {
            header.append("::").append(GiftEscaper.title(title)).append("::");
        }
        return header.toString();
    }

    /**
     * Moodle reads tags up to the next unescaped {@code ]} and refuses control characters and
     * {@code < > `}; a backslash could swallow the closing bracket, so such tags stay behind.
     */
    static boolean isWritableTag(String tag) {
        return tag.chars().noneMatch(c -> c < 0x20 || c == 0x7F || c == '<' || c == '>' || c == '`' || c == '\\');
    }

    /** The first {@value #TITLE_LENGTH} characters of the prompt on one line, gaps shown as blanks. */
    static String title(Item item) {
        String prompt = Cloze.MARKER.matcher(item.prompt()).replaceAll(Matcher.quoteReplacement(GiftSyntax.BLANK));
        String oneLine = GiftSyntax.trim(prompt.replaceAll("\\s+", " "));
        int end = oneLine.offsetByCodePoints(0, Math.min(TITLE_LENGTH, oneLine.codePointCount(0, oneLine.length())));
        return GiftSyntax.trim(oneLine.substring(0, end));
    }

    private static String block(List<String> answers, Item item) {
        StringBuilder block = new StringBuilder("{\n");
        answers.forEach(answer -> block.append('\t').append(answer).append('\n'));
        String feedback = generalFeedback(item);
        if (!feedback.isEmpty()) {
            block.append('\t').append(feedback).append('\n');
        }
        return block.append('}').toString();
    }

    /** The feedback and citation line as general feedback, or "" when there is neither. */
    private static String generalFeedback(Item item) {
        String feedback = CitationText.feedbackWithCitations(item);
        return GiftSyntax.trim(feedback).isEmpty() ? "" : "####" + GiftEscaper.formatted(feedback);
    }

    /** One item's text, or why it was left out. */
    private record Written(@Nullable String question, ItemIssue.Reason reason, String detail) {

        static Written as(String question) {
            return new Written(question, ItemIssue.Reason.KIND_NOT_SUPPORTED, "");
        }

        static Written skipped(ItemIssue.Reason reason, String detail) {
            return new Written(null, reason, detail);
        }
    }
}
