package org.sourcebook.exchange.moodle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.source.TextNormalization;
import org.sourcebook.exchange.items.ImportedItems;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemImporter;
import org.sourcebook.exchange.items.ItemIssue;
import org.xml.sax.SAXParseException;

/**
 * Reads a Moodle XML question file as Moodle's importer does (question/format/xml/format.php):
 * multichoice, truefalse, shortanswer, numerical, matching, cloze and ordering questions become
 * items; category entries are skipped; other types, partial credit, wildcards, unit conversions,
 * images and the like are reported per question. Texts in any of Moodle's formats become plain
 * text. The file is parsed with DOCTYPEs and external entities refused.
 */
public class MoodleXmlReader implements ItemImporter {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    public MoodleXmlReader() {
        // Stateless; the command line creates it without Spring.
    }

    @Override
    public ItemFormat format() {
        return ItemFormat.MOODLE_XML;
    }

    @Override
    public ImportedItems read(byte[] content) {
        try {
            return readFile(content);
        } catch (RuntimeException unexpected) {
            // The contract is to report, never to throw, whatever the file holds.
            return unreadable("the file could not be read: " + unexpected);
        }
    }

    private static ImportedItems readFile(byte[] content) {
        Optional<String> text = TextNormalization.decodeUtf8(content);
        if (text.isEmpty()) {
            return unreadable("the file is not UTF-8 text");
        }
        String xml = text.get().startsWith("\uFEFF") ? text.get().substring(1) : text.get();
        if (xml.isBlank()) {
            return unreadable("the file is empty");
        }
        if (hasDoctype(xml)) {
            return unreadable("the file has a DOCTYPE declaration; DTDs and entities are refused");
        }
        XmlNode quiz;
        try {
            quiz = XmlNode.parse(xml);
        } catch (SAXParseException notWellFormed) {
            return unreadable("not well-formed XML at line " + notWellFormed.getLineNumber() + ", column "
                    + notWellFormed.getColumnNumber() + ": " + notWellFormed.getMessage());
        }
        if (!"quiz".equals(quiz.name())) {
            return unreadable("the root element is <" + quiz.name() + ">, not Moodle's <quiz>");
        }
        List<XmlNode> questions = quiz.children("question").stream()
                .filter(question -> !"category".equals(question.attribute("type").orElse("")))
                .toList();
        if (questions.isEmpty()) {
            return unreadable("the file has no questions");
        }
        return readAll(questions);
    }

    private static ImportedItems readAll(List<XmlNode> questions) {
        List<Item> items = new ArrayList<>();
        List<ItemIssue> problems = new ArrayList<>();
        for (int index = 0; index < questions.size(); index++) {
            XmlNode question = questions.get(index);
            try {
                Item item = item(question);
                List<Problem> itemProblems = item.problems();
                if (itemProblems.isEmpty()) {
                    items.add(item);
                } else {
                    problems.add(new ItemIssue(index + 1, label(question), ItemIssue.Reason.INVALID_QUESTION,
                            itemProblems.stream().map(Problem::message).collect(Collectors.joining("; "))));
                }
            } catch (QuestionNotReadable notReadable) {
                problems.add(new ItemIssue(index + 1, label(question), notReadable.reason(), notReadable.detail()));
            }
        }
        return new ImportedItems(items, problems);
    }

    /**
     * Whether a DOCTYPE declaration opens the document (after the XML declaration, comments and
     * processing instructions). The hardened parser refuses one anyway; this check names the reason.
     * "<!DOCTYPE" inside a question's text, e.g. a question about HTML, is fine.
     */
    private static boolean hasDoctype(String xml) {
        int position = 0;
        while (position < xml.length()) {
            if (Character.isWhitespace(xml.charAt(position))) {
                position++;
            } else if (xml.startsWith("<?", position)) {
                position = endOf(xml, "?>", position);
            } else if (xml.startsWith("<!--", position)) {
                position = endOf(xml, "-->", position);
            } else {
                return xml.startsWith("<!DOCTYPE", position);
            }
        }
        return false;
    }

    private static int endOf(String xml, String terminator, int from) {
        int end = xml.indexOf(terminator, from);
        return end < 0 ? xml.length() : end + terminator.length();
    }

    private static ImportedItems unreadable(String detail) {
        return new ImportedItems(List.of(), List.of(new ItemIssue(0, "", ItemIssue.Reason.FILE_NOT_READABLE, detail)));
    }

    /** The question's name, else the start of its text. */
    private static String label(XmlNode question) {
        String name = question.childText("name").orElse("");
        if (!name.isEmpty()) {
            return name;
        }
        return question.child("questiontext")
                .map(text -> MoodleText.toText(text.textChild(), text.attribute("format").orElse(MoodleText.HTML)))
                .orElse("");
    }

    private static Item item(XmlNode question) throws QuestionNotReadable {
        String type = question.attribute("type")
                .orElseThrow(() -> QuestionNotReadable.syntax("a <question> without a type attribute (line "
                        + question.line() + ")"));
        switch (type) {
            case "multichoice":
                return multichoice(question);
            case "truefalse":
                return trueFalse(question);
            case "shortanswer":
                return shortAnswer(question);
            case "numerical":
                return numerical(question);
            case "matching":
            case "match":
                return matching(question);
            case "cloze":
            case "multianswer":
                return cloze(question);
            case "ordering":
                return ordering(question);
            default:
                throw new QuestionNotReadable(ItemIssue.Reason.QUESTION_TYPE_NOT_SUPPORTED, type);
        }
    }

    /** The fields every question has (import_headers): text, general feedback, tags. */
    private record Header(String prompt, String feedback, List<String> tags, String format) {

        ItemInfo info(String itemPrompt) {
            return ItemInfo.written(itemPrompt).withFeedback(feedback).withTags(tags);
        }

        ItemInfo info() {
            return info(prompt);
        }
    }

    private static Header header(XmlNode question, boolean nameRequired) throws QuestionNotReadable {
        if (nameRequired && question.childText("name").isEmpty()) {
            throw QuestionNotReadable.syntax("missing <name><text> (line " + question.line() + ")");
        }
        XmlNode text = required(question, "questiontext");
        if (question.hasDescendant("file") || question.hasDescendant("image_base64")) {
            throw QuestionNotReadable.notImportable("embedded files or images");
        }
        String format = text.attribute("format").orElse(MoodleText.HTML);
        String prompt = shownText(text, MoodleText.HTML);
        String feedback = question.child("generalfeedback").map(node -> fieldText(node, format)).orElse("");
        List<String> tags = Stream.concat(tags(question, "tags"), tags(question, "coursetags")).toList();
        return new Header(prompt, feedback, tags, format);
    }

    /** Like {@link #fieldText} for a field learners must see whole: one showing pictures or media is refused. */
    private static String shownText(XmlNode field, String defaultFormat) throws QuestionNotReadable {
        refuseMedia(field.textChild(), field.attribute("format").orElse(defaultFormat));
        return fieldText(field, defaultFormat);
    }

    /** A rich text field's plain text, in its own format or else in {@code defaultFormat}. */
    private static String fieldText(XmlNode field, String defaultFormat) {
        return MoodleText.toText(field.textChild(), field.attribute("format").orElse(defaultFormat));
    }

    private static String feedback(XmlNode answer, String defaultFormat) {
        return answer.child("feedback").map(node -> fieldText(node, defaultFormat)).orElse("");
    }

    private static Stream<String> tags(XmlNode question, String listName) {
        return question.child(listName).stream()
                .flatMap(list -> list.children("tag").stream())
                .map(XmlNode::textChild);
    }

    private static void refuseMedia(String content, String format) throws QuestionNotReadable {
        if (MoodleText.hasMedia(content, format)) {
            throw QuestionNotReadable.notImportable("embedded files or images");
        }
    }

    private static XmlNode required(XmlNode question, String childName) throws QuestionNotReadable {
        return question.child(childName).orElseThrow(() -> QuestionNotReadable.syntax("missing <" + childName
                + "> (question at line " + question.line() + ")"));
    }

    private static List<XmlNode> answers(XmlNode question) throws QuestionNotReadable {
        List<XmlNode> answers = question.children("answer");
        if (answers.isEmpty()) {
            throw QuestionNotReadable.syntax("missing <answer> (question at line " + question.line() + ")");
        }
        return answers;
    }

    /** An answer's grade in percent (its fraction attribute; 0 without one, as in Moodle). */
    private static BigDecimal fraction(XmlNode answer) throws QuestionNotReadable {
        String fraction = answer.attribute("fraction").orElse("0").strip();
        try {
            return new BigDecimal(fraction);
        } catch (NumberFormatException notANumber) {
            throw QuestionNotReadable.syntax("fraction \"" + fraction + "\" is not a number (line " + answer.line() + ")");
        }
    }

    private static boolean isFull(BigDecimal fraction) {
        return fraction.compareTo(FULL) == 0;
    }

    /** Option ids in file order: a, b, ..., z, aa, ab, ... */
    static OptionId optionId(int index) {
        String id = "";
        int rest = index;
        do {
            id = (char) ('a' + rest % 26) + id;
            rest = rest / 26 - 1;
        } while (rest >= 0);
        return OptionId.of(id);
    }

    private static Item multichoice(XmlNode question) throws QuestionNotReadable {
        Header header = header(question, true);
        String single = question.childValue("single").orElse("true");
        boolean singleChoice = !(single.isEmpty() || "false".equals(single) || "0".equals(single));
        List<ChoiceOption> options = new ArrayList<>();
        List<BigDecimal> creditOfCorrect = new ArrayList<>();
        for (XmlNode answer : answers(question)) {
            String text = shownText(answer, header.format());
            if (text.isEmpty()) {
                continue;
            }
            BigDecimal fraction = fraction(answer);
            if (singleChoice && fraction.signum() != 0 && !isFull(fraction)) {
                throw QuestionNotReadable.notImportable("answer \"" + text + "\" gives partial credit (" + fraction + "%)");
            }
            if (fraction.signum() > 0) {
                creditOfCorrect.add(fraction);
            }
            String feedback = feedback(answer, header.format());
            options.add(new ChoiceOption(optionId(options.size()), text, fraction.signum() > 0, feedback));
        }
        if (creditOfCorrect.stream().map(BigDecimal::stripTrailingZeros).distinct().count() > 1) {
            throw QuestionNotReadable.notImportable("correct answers give different credit (" + creditOfCorrect.stream()
                    .map(credit -> credit.toPlainString() + "%").collect(Collectors.joining(", ")) + ")");
        }
        return singleChoice ? new SingleChoice(header.info(), options) : new MultipleResponse(header.info(), options);
    }

    private static Item trueFalse(XmlNode question) throws QuestionNotReadable {
        Header header = header(question, true);
        boolean answer = true;
        boolean first = true;
        for (XmlNode option : answers(question)) {
            String text = option.textChild();
            boolean isTrueOption = "true".equals(text) || (!"false".equals(text) && first);
            boolean full = isFull(fraction(option));
            answer = isTrueOption == full;
            first = false;
        }
        return new TrueFalse(header.info(), answer);
    }

    private static Item shortAnswer(XmlNode question) throws QuestionNotReadable {
        Header header = header(question, true);
        String useCase = question.childValue("usecase").orElse("0");
        boolean caseSensitive = !(useCase.isEmpty() || "0".equals(useCase) || "false".equals(useCase));
        List<String> accepted = new ArrayList<>();
        for (XmlNode answer : answers(question)) {
            String text = answer.textChild();
            if (text.isEmpty() || fraction(answer).signum() == 0) {
                continue;
            }
            accepted.add(acceptedAnswer(text, fraction(answer)));
        }
        return new ShortAnswer(header.info(), accepted, new TextComparison(caseSensitive, false, 0, 0));
    }

    private static String acceptedAnswer(String stored, BigDecimal fraction) throws QuestionNotReadable {
        if (!isFull(fraction)) {
            throw QuestionNotReadable.notImportable("answer \"" + stored + "\" gives partial credit (" + fraction + "%)");
        }
        if (MoodleText.hasWildcard(stored)) {
            throw QuestionNotReadable.notImportable("answer \"" + stored + "\" uses the wildcard *");
        }
        return MoodleText.unescapeWildcards(stored);
    }

    private static Item numerical(XmlNode question) throws QuestionNotReadable {
        Header header = header(question, true);
        XmlNode correct = null;
        for (XmlNode answer : answers(question)) {
            BigDecimal fraction = fraction(answer);
            if (answer.textChild().isEmpty() || fraction.signum() == 0) {
                continue;
            }
            if (!isFull(fraction)) {
                throw QuestionNotReadable.notImportable("answer " + answer.textChild() + " gives partial credit ("
                        + fraction + "%)");
            }
            if (correct != null) {
                throw QuestionNotReadable.notImportable("several correct values");
            }
            correct = answer;
        }
        if (correct == null) {
            throw new QuestionNotReadable(ItemIssue.Reason.INVALID_QUESTION, "no answer with fraction 100");
        }
        if ("*".equals(correct.textChild())) {
            throw QuestionNotReadable.notImportable("any number is accepted (*)");
        }
        BigDecimal value = number(correct.textChild(), correct);
        BigDecimal tolerance = number(correct.childValue("tolerance").filter(text -> !text.isEmpty()).orElse("0"), correct);
        return new Numeric(header.info(), value, new NumericTolerance(false, tolerance), unit(question));
    }

    /** A number as Moodle stores it, with a decimal point; a comma could be either separator, so it is refused. */
    private static BigDecimal number(String text, XmlNode answer) throws QuestionNotReadable {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw QuestionNotReadable.syntax("\"" + text + "\" is not a number with a decimal point (line " + answer.line()
                    + ")");
        }
    }

    private static @Nullable String unit(XmlNode question) throws QuestionNotReadable {
        String grading = question.childValue("unitgradingtype").orElse("0");
        if (!grading.isEmpty() && !"0".equals(grading)) {
            throw QuestionNotReadable.notImportable("units are graded (unitgradingtype " + grading + ")");
        }
        List<XmlNode> units = question.child("units").map(list -> list.children("unit")).orElse(List.of());
        if (units.isEmpty()) {
            return null;
        }
        String multiplier = units.get(0).childValue("multiplier").orElse("1");
        if (units.size() > 1 || number(multiplier, units.get(0)).compareTo(BigDecimal.ONE) != 0) {
            throw QuestionNotReadable.notImportable("unit conversions (several units or a multiplier other than 1)");
        }
        return units.get(0).childValue("unit_name").orElse("");
    }

    private static Item matching(XmlNode question) throws QuestionNotReadable {
        Header header = header(question, true);
        List<XmlNode> subquestions = question.children("subquestion");
        if (subquestions.isEmpty()) {
            throw QuestionNotReadable.syntax("missing <subquestion> (question at line " + question.line() + ")");
        }
        List<MatchPair> pairs = new ArrayList<>();
        for (XmlNode subquestion : subquestions) {
            String left = shownText(subquestion, header.format());
            String right = subquestion.childText("answer").orElse("");
            if (left.isEmpty() && !right.isEmpty()) {
                throw QuestionNotReadable.notImportable("extra answer \"" + right + "\" that matches no question");
            }
            if (!left.isEmpty() || !right.isEmpty()) {
                pairs.add(new MatchPair(optionId(pairs.size()), left, right));
            }
        }
        return new Matching(header.info(), pairs);
    }

    private static Item cloze(XmlNode question) throws QuestionNotReadable {
        Header header = header(question, false);
        String html = required(question, "questiontext").textChild();
        ClozeText.Parsed parsed = ClozeText.parse(html);
        String prompt = MoodleText.toText(parsed.textWithMarkers(), header.format());
        return new Cloze(header.info(prompt), parsed.gaps(),
                new TextComparison(parsed.caseSensitive(), false, 0, 0));
    }

    private static Item ordering(XmlNode question) throws QuestionNotReadable {
        Header header = header(question, true);
        List<OrderEntry> entries = new ArrayList<>();
        for (XmlNode answer : answers(question)) {
            String text = shownText(answer, header.format());
            if (text.isEmpty()) {
                continue;
            }
            String date = feedback(answer, header.format());
            entries.add(new OrderEntry(optionId(entries.size()), text, date));
        }
        refuseSubset(question, entries.size());
        return new Ordering(header.info(), entries);
    }

    /** Moodle can show a learner only some of the items (selecttype RANDOM or CONTIGUOUS); Sourcebook always shows all. */
    private static void refuseSubset(XmlNode question, int entryCount) throws QuestionNotReadable {
        boolean legacy = question.child("selecttype").isEmpty();
        String selectType = question.childValue(legacy ? "logical" : "selecttype").orElse("RANDOM").toUpperCase(Locale.ROOT);
        String selectCount = question.childValue(legacy ? "studentsee" : "selectcount").orElse("6");
        if ("ALL".equals(selectType) || "EXACT".equals(selectType)) {
            return;
        }
        int shown;
        try {
            shown = Integer.parseInt(selectCount);
        } catch (NumberFormatException notANumber) {
            shown = 2;
        }
        if (shown < entryCount) {
            throw QuestionNotReadable.notImportable("shows learners only " + Math.max(shown, 2) + " of " + entryCount
                    + " items (selecttype " + selectType + ")");
        }
    }
}
