package org.sourcebook.exchange.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.exchange.items.ItemIssue;

/**
 * Reads one GIFT question (a block of lines without its comment lines) the way Moodle's
 * {@code qformat_gift::readquestion} does: title, text with its format, one answer block in
 * braces, general feedback after {@code ####}, and the question type from the block's syntax.
 * What Sourcebook cannot keep is refused with a {@link QuestionRejected} naming it.
 */
final class GiftQuestionReader {

    /** Moodle's short-answer and cloze comparison: case-insensitive, no typo tolerance. */
    static final TextComparison MOODLE_COMPARISON = new TextComparison(false, false, 0, 0);

    private static final BigDecimal FULL = BigDecimal.valueOf(100);
    private static final Set<String> TRUE_ANSWERS = Set.of("T", "TRUE");
    private static final Set<String> FALSE_ANSWERS = Set.of("F", "FALSE");
    /** Stands where the answer block was while the question text is converted; never in read text. */
    private static final char GAP = '\uE000';
    private static final int LARGEST_NUMBER_DIGITS = 100;

    private final MarkedText rest;
    private final List<String> tags;
    private final String label;
    private final boolean titleUnclosed;
    private final boolean hasTitle;

    /** @param body the question's lines joined, comments removed, trimmed; never empty */
    GiftQuestionReader(String body, List<String> tags) {
        MarkedText source = MarkedText.decode(body.replace(GAP, '\uFFFD'));
        this.tags = tags;
        int titleEnd = source.isSyntax(0, ':') && source.isSyntax(1, ':') ? source.indexOf("::", 2) : -1;
        titleUnclosed = source.isSyntax(0, ':') && source.isSyntax(1, ':') && titleEnd < 0;
        hasTitle = titleEnd >= 0;
        String title = titleEnd < 0 ? "" : GiftSyntax.trim(source.slice(2, titleEnd).text());
        rest = titleEnd < 0 ? source : source.from(titleEnd + 2).trim();
        label = title.isBlank() ? startOfText(rest) : title;
    }

    /** The question text before its answer block, or the whole text when that is empty. */
    private static String startOfText(MarkedText text) {
        int open = text.indexOf('{', 0);
        String before = GiftSyntax.trim(withoutMarker(open < 0 ? text.text() : text.slice(0, open).text()));
        return before.isEmpty() ? text.text() : before;
    }

    /** The question's title, or the start of its text when it has none. */
    String label() {
        return label;
    }

    /** True if the question has an answer block or a title: a file with neither is not GIFT. */
    boolean looksLikeGift() {
        return rest.indexOf('{', 0) >= 0 || hasTitle;
    }

    /**
     * The question as an item (not yet validated).
     *
     * @throws QuestionRejected naming what keeps the question out
     */
    Item read() {
        if (titleUnclosed) {
            throw QuestionRejected.syntax("the title starting with '::' is not closed with '::'");
        }
        int open = rest.indexOf('{', 0);
        int close = rest.indexOf('}', 0);
        checkOneAnswerBlock(open, close);
        MarkedText answers = rest.slice(open + 1, close).trim();
        MarkedText after = rest.from(close + 1);
        String beforeText = rest.slice(0, open).text();
        TextFormat marked = TextFormat.markedAt(beforeText);
        TextFormat format = marked == null ? TextFormat.MOODLE : marked;
        String questionText = (marked == null ? beforeText : beforeText.substring(marked.marker().length()))
                + (after.isEmpty() ? "" : GAP + after.text());
        String prompt = GiftSyntax.trim(format.toPlain(questionText));
        String feedback = "";
        int feedbackStart = answers.lastIndexOf("####");
        if (feedbackStart >= 0) {
            feedback = formatted(answers.from(feedbackStart + 4), format);
            answers = answers.slice(0, feedbackStart).trim();
        }
        return readAnswers(answers, prompt, ItemInfo.written("").withFeedback(feedback).withTags(tags), format);
    }

    /** Moodle takes the first unescaped braces as the answer block; anything else with braces is a mistake. */
    private void checkOneAnswerBlock(int open, int close) {
        if (open < 0 && close < 0) {
            throw new QuestionRejected(ItemIssue.Reason.QUESTION_TYPE_NOT_SUPPORTED,
                    "description (a text without an answer block in braces)");
        }
        if (open < 0) {
            throw QuestionRejected.syntax("'}' without an opening '{' (write \\} for a brace in the text)");
        }
        if (close < 0) {
            throw QuestionRejected.syntax("the answer block opened with '{' is not closed with '}'");
        }
        if (close < open) {
            throw QuestionRejected.syntax("'}' comes before the opening '{' (write \\} for a brace in the text)");
        }
        int nextOpen = rest.indexOf('{', open + 1);
        if (nextOpen >= 0 && nextOpen < close) {
            throw QuestionRejected.syntax("'{' inside the answer block (write \\{ for a brace in a text)");
        }
        if (nextOpen >= 0 || rest.indexOf('}', close + 1) >= 0) {
            throw QuestionRejected.syntax("more than one answer block in braces; a question has one "
                    + "(write \\{ and \\} for braces in the text)");
        }
    }

    /** The question type follows from the answer block's syntax, tested in Moodle's order. */
    private Item readAnswers(MarkedText answers, String prompt, ItemInfo info, TextFormat format) {
        if (answers.isEmpty()) {
            throw new QuestionRejected(ItemIssue.Reason.QUESTION_TYPE_NOT_SUPPORTED, "essay (an empty answer block {})");
        }
        if (answers.isSyntax(0, '#')) {
            return numeric(answers.from(1), info.withPrompt(blanked(prompt)), format);
        }
        if (answers.indexOf('~', 0) >= 0) {
            return choice(answers, info.withPrompt(blanked(prompt)), format);
        }
        if (answers.indexOf('=', 0) >= 0 && answers.indexOf("->", 0) >= 0) {
            return matching(answers, info.withPrompt(blanked(prompt)), format);
        }
        String trueFalse = GiftSyntax.trim(answers.splitFirst('#').get(0).text());
        if (TRUE_ANSWERS.contains(trueFalse) || FALSE_ANSWERS.contains(trueFalse)) {
            return new TrueFalse(info.withPrompt(blanked(prompt)), TRUE_ANSWERS.contains(trueFalse));
        }
        return shortAnswerOrCloze(answers, prompt, info, format);
    }

    /** Moodle's question text: a blank where a missing-word answer block stood. */
    private static String blanked(String prompt) {
        return prompt.replace(String.valueOf(GAP), GiftSyntax.BLANK);
    }

    private Item choice(MarkedText answers, ItemInfo info, TextFormat format) {
        List<MarkedText> parts = answers.splitChoices();
        requireNothingBefore(parts.get(0), "answers start with = or ~");
        boolean single = answers.indexOf('=', 0) >= 0;
        List<ChoiceOption> options = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        for (MarkedText part : parts.subList(1, parts.size())) {
            MarkedText answer = part.trim();
            BigDecimal weight;
            if (answer.isSyntax(0, '=')) {
                weight = FULL;
                answer = answer.from(1);
            } else {
                Weighted weighted = weighted(answer, BigDecimal.ZERO);
                weight = weighted.weight();
                answer = weighted.rest();
            }
            List<MarkedText> textAndFeedback = answer.splitFirst('#');
            String text = formatted(textAndFeedback.get(0), format);
            String feedback = textAndFeedback.size() > 1 ? formatted(textAndFeedback.get(1), format) : "";
            options.add(new ChoiceOption(optionId(options.size()), text, weight.signum() > 0, feedback));
            weights.add(weight);
        }
        if (single) {
            checkSingleChoiceWeights(options, weights);
            return new SingleChoice(info, options);
        }
        checkMultipleResponseWeights(options, weights);
        return new MultipleResponse(info, options);
    }

    private static void checkSingleChoiceWeights(List<ChoiceOption> options, List<BigDecimal> weights) {
        for (int i = 0; i < options.size(); i++) {
            BigDecimal weight = weights.get(i);
            if (weight.signum() > 0 && weight.compareTo(FULL) != 0) {
                throw QuestionRejected.notImportable("partial credit (" + weight.toPlainString() + "%) for the answer "
                        + GiftSyntax.quote(options.get(i).text()));
            }
        }
    }

    /** Sourcebook grades multiple response with equal shares for the correct options, so the weights must be those. */
    private static void checkMultipleResponseWeights(List<ChoiceOption> options, List<BigDecimal> weights) {
        List<BigDecimal> positive = weights.stream().filter(weight -> weight.signum() > 0).toList();
        if (positive.isEmpty()) {
            return;
        }
        BigDecimal total = positive.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean equal = positive.stream().allMatch(weight -> weight.subtract(positive.get(0)).abs().compareTo(new BigDecimal("0.01")) <= 0);
        boolean whole = total.compareTo(new BigDecimal("99.5")) >= 0 && total.compareTo(new BigDecimal("100.5")) < 0;
        if (!equal || !whole) {
            throw QuestionRejected.notImportable("the correct answers weigh "
                    + String.join(", ", positive.stream().map(weight -> weight.toPlainString() + "%").toList())
                    + "; Sourcebook gives every correct option an equal share of 100%");
        }
    }

    private Item shortAnswerOrCloze(MarkedText answers, String prompt, ItemInfo info, TextFormat format) {
        List<String> accepted = new ArrayList<>();
        for (MarkedText part : answersAfterEquals(answers)) {
            Weighted weighted = weighted(part.trim(), FULL);
            String text = formatted(weighted.rest().splitFirst('#').get(0), format);
            if (weighted.weight().signum() == 0) {
                continue;
            }
            if (weighted.weight().compareTo(FULL) != 0) {
                throw QuestionRejected.notImportable("partial credit (" + weighted.weight().toPlainString()
                        + "%) for the answer " + GiftSyntax.quote(text));
            }
            accepted.add(withoutWildcards(text));
        }
        int gap = prompt.indexOf(GAP);
        String trailing = prompt.stripTrailing();
        if (gap < 0 && trailing.endsWith(GiftSyntax.BLANK)) {
            gap = trailing.length() - GiftSyntax.BLANK.length();
            prompt = trailing.substring(0, gap) + GAP;
        }
        if (gap < 0) {
            return new ShortAnswer(info.withPrompt(prompt), accepted, MOODLE_COMPARISON);
        }
        String clozeText = prompt.replace(String.valueOf(GAP), Cloze.marker(1));
        return new Cloze(info.withPrompt(clozeText), List.of(new ClozeGap(accepted)), MOODLE_COMPARISON);
    }

    /** Moodle's short answers take {@code *} as a wildcard and {@code \*} as an asterisk. */
    private static String withoutWildcards(String answer) {
        for (int i = 0; i < answer.length(); i++) {
            if (answer.charAt(i) == '*' && (i == 0 || answer.charAt(i - 1) != '\\')) {
                throw QuestionRejected.notImportable("the answer " + GiftSyntax.quote(answer) + " uses Moodle's wildcard *");
            }
        }
        return answer.replace("\\*", "*");
    }

    private Item numeric(MarkedText answers, ItemInfo info, TextFormat format) {
        int wrongFeedback = answers.indexOf('~', 0);
        MarkedText numbers = wrongFeedback < 0 ? answers : answers.slice(0, wrongFeedback);
        List<Numeric> full = new ArrayList<>();
        List<MarkedText> parts = answersAfterEquals(numbers);
        if (parts.isEmpty()) {
            throw QuestionRejected.syntax("a numeric answer block {#...} without a number");
        }
        for (MarkedText part : parts) {
            Weighted weighted = weighted(part.trim(), FULL);
            String number = formatted(weighted.rest().splitFirst('#').get(0), format);
            Numeric answer = numericAnswer(number, info);
            if (weighted.weight().compareTo(FULL) == 0) {
                full.add(answer);
            }
        }
        if (full.size() != 1) {
            throw QuestionRejected.notImportable(full.isEmpty() ? "no numeric answer gives full marks (100%)"
                    : full.size() + " numeric answers give full marks; Sourcebook keeps one correct value");
        }
        return full.get(0);
    }

    /** {@code value}, {@code value:tolerance} or {@code min..max}, as Moodle reads them. */
    private static Numeric numericAnswer(String written, ItemInfo info) {
        BigDecimal value;
        BigDecimal tolerance;
        int range = written.indexOf("..");
        int colon = written.indexOf(':');
        if (range > 0) {
            BigDecimal min = number(written.substring(0, range));
            BigDecimal max = number(written.substring(range + 2));
            value = min.add(max).divide(BigDecimal.valueOf(2));
            tolerance = max.subtract(value);
        } else if (colon > 0) {
            value = number(written.substring(0, colon));
            tolerance = number(written.substring(colon + 1));
        } else {
            value = number(written);
            tolerance = BigDecimal.ZERO;
        }
        NumericTolerance allowed = tolerance.signum() == 0 ? NumericTolerance.exact() : new NumericTolerance(false, tolerance);
        return new Numeric(info, value, allowed, null);
    }

    private static BigDecimal number(String written) {
        String trimmed = GiftSyntax.trim(written);
        if (trimmed.length() > LARGEST_NUMBER_DIGITS) {
            throw QuestionRejected.syntax(GiftSyntax.quote(trimmed) + " is too long for a number");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(trimmed);
        } catch (NumberFormatException notANumber) {
            throw QuestionRejected.syntax(GiftSyntax.quote(trimmed) + " is not a number");
        }
        if (number.precision() > LARGEST_NUMBER_DIGITS || Math.abs((long) number.scale()) > LARGEST_NUMBER_DIGITS) {
            throw QuestionRejected.syntax(GiftSyntax.quote(trimmed) + " is too large or too precise a number");
        }
        return number;
    }

    private Item matching(MarkedText answers, ItemInfo info, TextFormat format) {
        List<MarkedText> parts = answers.split('=');
        requireNothingBefore(parts.get(0), "matching pairs start with =");
        List<MatchPair> pairs = new ArrayList<>();
        for (MarkedText part : parts.subList(1, parts.size())) {
            MarkedText pair = part.trim();
            int arrow = pair.indexOf("->", 0);
            if (arrow < 0) {
                throw QuestionRejected.syntax("'->' missing in the matching pair " + GiftSyntax.quote(pair.text()));
            }
            String left = formatted(pair.slice(0, arrow), format);
            String right = GiftSyntax.trim(pair.from(arrow + 2).text());
            if (left.isEmpty()) {
                throw QuestionRejected.notImportable("the extra answer " + GiftSyntax.quote(right)
                        + " has no question to match; Sourcebook's matching has no distractors");
            }
            pairs.add(new MatchPair(optionId(pairs.size()), left, right));
        }
        return new Matching(info, pairs);
    }

    /** Short-answer and numeric answers: the parts after each {@code =}; text before the first is an answer too. */
    private static List<MarkedText> answersAfterEquals(MarkedText answers) {
        List<MarkedText> parts = new ArrayList<>(answers.split('='));
        if (parts.get(0).trim().isEmpty()) {
            parts.remove(0);
        }
        return parts;
    }

    private static void requireNothingBefore(MarkedText lead, String expected) {
        if (!lead.trim().isEmpty()) {
            throw QuestionRejected.syntax(GiftSyntax.quote(lead.trim().text()) + " before the first answer; " + expected);
        }
    }

    /** An answer with its leading {@code %weight%}, or with {@code otherwise} when it has none. */
    private static Weighted weighted(MarkedText answer, BigDecimal otherwise) {
        Matcher weight = GiftSyntax.WEIGHT.matcher(answer.text());
        if (!weight.find()) {
            return new Weighted(otherwise, answer);
        }
        if (weight.group(1).length() > 1) {
            throw QuestionRejected.syntax("the weight " + GiftSyntax.quote(weight.group()) + " is not a number");
        }
        BigDecimal percent = new BigDecimal(weight.group(2));
        return new Weighted(weight.group(1).isEmpty() ? percent : percent.negate(), answer.from(weight.end()));
    }

    private record Weighted(BigDecimal weight, MarkedText rest) {
    }

    /** A text Moodle reads with {@code parse_text_with_format}: its own marker, else the question's format. */
    private static String formatted(MarkedText part, TextFormat questionFormat) {
        String text = part.trim().text();
        TextFormat marked = TextFormat.markedAt(text);
        return marked == null ? GiftSyntax.trim(questionFormat.toPlain(text))
                : GiftSyntax.trim(marked.toPlain(GiftSyntax.trim(text.substring(marked.marker().length()))));
    }

    private static String withoutMarker(String text) {
        TextFormat marked = TextFormat.markedAt(text);
        return marked == null ? text : text.substring(marked.marker().length());
    }

    /** Option and pair ids in file order: a, b, ..., z, aa, ab, ... */
    static OptionId optionId(int index) {
        String prefix = index >= 26 ? optionId(index / 26 - 1).value() : "";
        return OptionId.of(prefix + (char) ('a' + index % 26));
    }
}
