package org.sourcebook.exchange.moodle;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.Problem;
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
 * Writes items as a Moodle XML question file: a category question naming the set
 * ({@code $course$/top/<name>}), then one question per item. Single choice and multiple response
 * become {@code multichoice}, true/false {@code truefalse}, short answer {@code shortanswer},
 * numeric {@code numerical}, matching {@code matching}, cloze {@code cloze} (Moodle's embedded
 * answers, SHORTANSWER gaps), ordering {@code ordering} (standard since Moodle 4.4). Fact cards
 * have no Moodle question type and are left out. Rich texts are HTML showing exactly the item's
 * text; feedback carries the citation line.
 */
public class MoodleXmlWriter implements ItemExporter {

    /** Moodle's grade list (question_bank::fraction_options_full) holds 1/n only for these n, as percentages. */
    private static final Map<Integer, String> SHARE_PERCENT = Map.ofEntries(Map.entry(1, "100"), Map.entry(2, "50"),
            Map.entry(3, "33.33333"), Map.entry(4, "25"), Map.entry(5, "20"), Map.entry(6, "16.66667"),
            Map.entry(7, "14.28571"), Map.entry(8, "12.5"), Map.entry(9, "11.11111"), Map.entry(10, "10"),
            Map.entry(20, "5"));
    private static final String DEFAULT_GRADE = "1.0000000";
    private static final String PENALTY = "0.3333333";
    private static final String NO_PENALTY = "1.0000000";
    private static final int NAME_LENGTH = 80;

    public MoodleXmlWriter() {
        // Stateless; the command line creates it without Spring.
    }

    @Override
    public ItemFormat format() {
        return ItemFormat.MOODLE_XML;
    }

    @Override
    public ExportedFile export(ExportSet set) {
        XmlOut quiz = new XmlOut().line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>").line(0, "<quiz>");
        quiz.append(category(set.name()));
        List<ItemIssue> skipped = new ArrayList<>();
        for (int index = 0; index < set.items().size(); index++) {
            Item item = set.items().get(index);
            try {
                quiz.append(checkedQuestion(item));
            } catch (NotWritable reason) {
                skipped.add(new ItemIssue(index + 1, item.prompt(), reason.reason, reason.detail));
            }
        }
        quiz.line(0, "</quiz>");
        return new ExportedFile(ExportNames.fileName(set, format()), format(),
                quiz.toString().getBytes(StandardCharsets.UTF_8), skipped);
    }

    private static XmlOut category(String setName) {
        String path = "$course$/top/" + categoryName(setName);
        return new XmlOut()
                .line(1, "<question type=\"category\">")
                .line(2, "<category>").text(3, path).line(2, "</category>")
                .field(2, "info", MoodleText.MOODLE_AUTO_FORMAT, "")
                .line(2, "<idnumber></idnumber>")
                .line(1, "</question>");
    }

    /** A category name as Moodle's assemble_category_path writes it: slashes doubled, never at either end. */
    private static String categoryName(String setName) {
        String name = setName.strip().replaceAll("\\s+", " ");
        name = (name.isEmpty() ? "Sourcebook" : name).replace("/", "//");
        if (name.startsWith("/")) {
            name = " " + name;
        }
        if (name.endsWith("/")) {
            name = name + " ";
        }
        return name;
    }

    private static XmlOut checkedQuestion(Item item) throws NotWritable {
        if (item instanceof FactCard) {
            throw new NotWritable(ItemIssue.Reason.KIND_NOT_SUPPORTED, item.kind().name());
        }
        List<Problem> problems = item.problems();
        if (!problems.isEmpty()) {
            throw new NotWritable(ItemIssue.Reason.FEATURE_NOT_SUPPORTED, "the item is not valid: "
                    + problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
        }
        XmlOut question = question(item);
        OptionalInt unwritable = XmlOut.firstUnwritable(question.toString());
        if (unwritable.isPresent()) {
            throw new NotWritable(ItemIssue.Reason.FEATURE_NOT_SUPPORTED,
                    String.format("the character U+%04X, which XML cannot carry", unwritable.getAsInt()));
        }
        return question;
    }

    private static XmlOut question(Item item) throws NotWritable {
        if (item instanceof SingleChoice choice) {
            return multichoice(choice, true, choice.options());
        } else if (item instanceof MultipleResponse choice) {
            return multichoice(choice, false, choice.options());
        } else if (item instanceof TrueFalse trueFalse) {
            return trueFalse(trueFalse);
        } else if (item instanceof ShortAnswer shortAnswer) {
            return shortAnswer(shortAnswer);
        } else if (item instanceof Numeric numeric) {
            return numerical(numeric);
        } else if (item instanceof Matching matching) {
            return matching(matching);
        } else if (item instanceof Cloze cloze) {
            return cloze(cloze);
        } else if (item instanceof Ordering ordering) {
            return ordering(ordering);
        }
        throw new NotWritable(ItemIssue.Reason.KIND_NOT_SUPPORTED, item.kind().name());
    }

    /** The elements every question starts with (import_headers in Moodle's reader). */
    private static XmlOut header(Item item, String type, String questionHtml, String penalty, boolean withDefaultGrade) {
        XmlOut header = new XmlOut()
                .line(1, "<question type=\"" + type + "\">")
                .line(2, "<name>").text(3, name(item)).line(2, "</name>")
                .field(2, "questiontext", MoodleText.HTML, questionHtml)
                .field(2, "generalfeedback", MoodleText.HTML, MoodleText.toHtml(CitationText.feedbackWithCitations(item)));
        if (withDefaultGrade) {
            header.element(2, "defaultgrade", DEFAULT_GRADE);
        }
        return header.element(2, "penalty", penalty).element(2, "hidden", "0").line(2, "<idnumber></idnumber>");
    }

    /** The question's name: the start of its text on one line, gaps shown as blanks. */
    private static String name(Item item) {
        String text = Cloze.MARKER.matcher(item.prompt()).replaceAll("_____").strip().replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) <= NAME_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, NAME_LENGTH - 1)).stripTrailing() + "…";
    }

    private static XmlOut footer(Item item) {
        XmlOut footer = new XmlOut();
        if (!item.info().tags().isEmpty()) {
            footer.line(2, "<tags>");
            item.info().tags().forEach(tag -> footer.line(3, "<tag><text>" + XmlOut.text(tag) + "</text></tag>"));
            footer.line(2, "</tags>");
        }
        return footer.line(1, "</question>");
    }

    private static XmlOut combinedFeedback(String html) {
        return new XmlOut()
                .field(2, "correctfeedback", MoodleText.HTML, html)
                .field(2, "partiallycorrectfeedback", MoodleText.HTML, html)
                .field(2, "incorrectfeedback", MoodleText.HTML, html);
    }

    private static XmlOut answer(String fraction, String format, String text, String feedbackHtml, XmlOut extra) {
        return new XmlOut()
                .line(2, "<answer fraction=\"" + fraction + "\" format=\"" + format + "\">")
                .text(3, text)
                .field(3, "feedback", MoodleText.HTML, feedbackHtml)
                .append(extra)
                .line(2, "</answer>");
    }

    private static XmlOut multichoice(Item item, boolean single, List<ChoiceOption> options) throws NotWritable {
        long correctCount = options.stream().filter(ChoiceOption::correct).count();
        String correctFraction = single ? "100" : share(correctCount, "correct");
        String wrongFraction = single ? "0" : "-" + share(options.size() - correctCount, "wrong");
        XmlOut question = header(item, "multichoice", MoodleText.toHtml(item.prompt().strip()), PENALTY, true)
                .element(2, "single", String.valueOf(single))
                .element(2, "shuffleanswers", "true")
                .element(2, "answernumbering", "abc")
                .element(2, "showstandardinstruction", "0")
                .append(combinedFeedback(""))
                .line(2, "<shownumcorrect/>");
        for (ChoiceOption option : options) {
            question.append(answer(option.correct() ? correctFraction : wrongFraction, MoodleText.HTML,
                    MoodleText.toHtml(option.text().strip()), MoodleText.toHtml(option.feedback().strip()), new XmlOut()));
        }
        return question.append(footer(item));
    }

    /** The percentage each of {@code count} options gets, if Moodle's grade list has it. */
    private static String share(long count, String which) throws NotWritable {
        String percent = SHARE_PERCENT.get((int) Math.min(count, Integer.MAX_VALUE));
        if (percent == null) {
            throw new NotWritable(ItemIssue.Reason.FEATURE_NOT_SUPPORTED, "multiple response with " + count + " " + which
                    + " options: Moodle's grades have no 1/" + count + " (only 1/1 to 1/10 and 1/20)");
        }
        return percent;
    }

    private static XmlOut trueFalse(TrueFalse item) {
        return header(item, "truefalse", MoodleText.toHtml(item.prompt().strip()), NO_PENALTY, true)
                .append(answer(item.answer() ? "100" : "0", MoodleText.MOODLE_AUTO_FORMAT, "true", "", new XmlOut()))
                .append(answer(item.answer() ? "0" : "100", MoodleText.MOODLE_AUTO_FORMAT, "false", "", new XmlOut()))
                .append(footer(item));
    }

    private static XmlOut shortAnswer(ShortAnswer item) {
        XmlOut question = header(item, "shortanswer", MoodleText.toHtml(item.prompt().strip()), PENALTY, true)
                .element(2, "usecase", item.comparison().caseSensitive() ? "1" : "0");
        for (String accepted : item.acceptedAnswers()) {
            question.append(answer("100", MoodleText.MOODLE_AUTO_FORMAT, MoodleText.escapeWildcards(accepted.strip()), "",
                    new XmlOut()));
        }
        return question.append(footer(item));
    }

    private static XmlOut numerical(Numeric item) {
        BigDecimal tolerance = item.tolerance().relative()
                ? item.tolerance().amount().multiply(item.value().abs())
                : item.tolerance().amount();
        XmlOut question = header(item, "numerical", MoodleText.toHtml(item.prompt().strip()), PENALTY, true)
                .append(answer("100", MoodleText.MOODLE_AUTO_FORMAT, item.value().toPlainString(), "",
                        new XmlOut().element(3, "tolerance", plain(tolerance))));
        if (item.unit() != null) {
            question.line(2, "<units>").line(3, "<unit>")
                    .element(4, "multiplier", "1")
                    .element(4, "unit_name", item.unit())
                    .line(3, "</unit>").line(2, "</units>");
        }
        // Units optional and ungraded; typed into the answer box (UNITINPUT), or no unit at all (UNITNONE).
        return question.element(2, "unitgradingtype", "0")
                .element(2, "unitpenalty", "0.1000000")
                .element(2, "showunits", item.unit() != null ? "0" : "3")
                .element(2, "unitsleft", "0")
                .append(footer(item));
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    private static XmlOut matching(Matching item) {
        XmlOut question = header(item, "matching", MoodleText.toHtml(item.prompt().strip()), PENALTY, true)
                .element(2, "shuffleanswers", "true")
                .append(combinedFeedback(""))
                .line(2, "<shownumcorrect/>");
        for (MatchPair pair : item.pairs()) {
            question.line(2, "<subquestion format=\"html\">")
                    .text(3, MoodleText.toHtml(pair.left().strip()))
                    .line(3, "<answer>").text(4, pair.right().strip()).line(3, "</answer>")
                    .line(2, "</subquestion>");
        }
        return question.append(footer(item));
    }

    private static XmlOut cloze(Cloze item) throws NotWritable {
        for (ClozeGap gap : item.gaps()) {
            for (String accepted : gap.acceptedAnswers()) {
                if (accepted.contains("\\}") || accepted.contains("\\#")) {
                    throw new NotWritable(ItemIssue.Reason.FEATURE_NOT_SUPPORTED, "the gap answer \"" + accepted
                            + "\" contains \\} or \\#, which Moodle's cloze always reads as } or #");
                }
            }
        }
        return header(item, "cloze", clozeText(item), PENALTY, false).append(footer(item));
    }

    /** The cloze text with each marker replaced by its gap in Moodle's embedded-answer syntax. */
    private static String clozeText(Cloze item) {
        String type = item.comparison().caseSensitive() ? "SHORTANSWER_C" : "SHORTANSWER";
        Matcher markers = Cloze.MARKER.matcher(item.prompt().strip());
        StringBuilder text = new StringBuilder();
        int end = 0;
        while (markers.find()) {
            text.append(MoodleText.toClozeHtml(item.prompt().strip().substring(end, markers.start())));
            ClozeGap gap = item.gaps().get(Integer.parseInt(markers.group(1)) - 1);
            text.append("{1:").append(type).append(':')
                    .append(gap.acceptedAnswers().stream()
                            .map(accepted -> "=" + MoodleText.toClozeAnswer(accepted.strip()))
                            .collect(Collectors.joining("~")))
                    .append('}');
            end = markers.end();
        }
        return text.append(MoodleText.toClozeHtml(item.prompt().strip().substring(end))).toString();
    }

    private static XmlOut ordering(Ordering item) {
        List<OrderEntry> entries = item.entries();
        String timeline = item.isTimeline() ? MoodleText.toHtml(entries.stream()
                .map(entry -> entry.date() + ": " + entry.text().strip())
                .collect(Collectors.joining("\n"))) : "";
        XmlOut question = header(item, "ordering", MoodleText.toHtml(item.prompt().strip()), PENALTY, true)
                .element(2, "layouttype", "VERTICAL")
                .element(2, "selecttype", "ALL")
                .element(2, "selectcount", String.valueOf(entries.size()))
                .element(2, "gradingtype", "LONGEST_ORDERED_SUBSET")
                .element(2, "showgrading", "SHOW")
                .element(2, "numberingstyle", "none")
                .append(combinedFeedback(timeline))
                .element(2, "shownumcorrect", "1");
        for (int index = 0; index < entries.size(); index++) {
            OrderEntry entry = entries.get(index);
            question.line(2, "<answer fraction=\"" + (index + 1) + "\" format=\"html\">")
                    .text(3, MoodleText.toHtml(entry.text().strip()));
            if (entry.date() != null) {
                question.field(3, "feedback", MoodleText.HTML, MoodleText.toHtml(entry.date()));
            }
            question.line(2, "</answer>");
        }
        return question.append(footer(item));
    }

    /** Why an item stays out of the file. */
    private static final class NotWritable extends Exception {

        private static final long serialVersionUID = 1L;

        private final ItemIssue.Reason reason;
        private final String detail;

        NotWritable(ItemIssue.Reason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
            this.detail = detail;
        }
    }
}
