package org.sourcebook.exchange.qti;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.exchange.items.CitationText;
import org.sourcebook.exchange.items.ClozeSegments;

/**
 * One item as a QTI 3.0 {@code qti-assessment-item} document. Questions score 1 when answered
 * correctly (a cloze 1 per gap); the feedback with its citation line is a modal feedback that
 * response processing always shows, and choice options' feedback is inline feedback shown for the
 * chosen options.
 */
final class QtiItemDocument {

    static final String NAMESPACE = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    static final String SCHEMA_LOCATION = NAMESPACE
            + " https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final String TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/";
    private static final String MATCH_CORRECT = "match_correct";
    private static final String MAP_RESPONSE = "map_response";
    private static final String RESPONSE = "RESPONSE";
    private static final String SCORE = "SCORE";
    private static final String FEEDBACK = "FEEDBACK";
    private static final String CHOICE_FEEDBACK = "CHOICE_FEEDBACK";
    private static final String SHOWN_FEEDBACK = "SOLUTION";
    private static final int TITLE_LENGTH = 100;

    private final XmlBuilder xml = new XmlBuilder();
    private final Item item;
    private final String feedback;

    private QtiItemDocument(Item item) {
        this.item = item;
        this.feedback = CitationText.feedbackWithCitations(item);
    }

    /** The item's file name inside the package, e.g. {@code items/item-<uuid>.xml}. */
    static String path(Item item) {
        return "items/" + identifier(item) + ".xml";
    }

    /** QTI identifiers are NCNames, which must not start with a digit as a UUID may. */
    static String identifier(Item item) {
        return "item-" + item.id();
    }

    /** The document for {@code item}, or empty for a kind QTI cannot carry (fact cards). */
    static Optional<String> of(Item item) {
        QtiItemDocument document = new QtiItemDocument(item);
        boolean written = document.write();
        return written ? Optional.of(document.xml.toString()) : Optional.empty();
    }

    private boolean write() {
        if (item instanceof ChoiceQuestion choice) {
            writeChoice(choice);
        } else if (item instanceof ShortAnswer shortAnswer) {
            writeShortAnswer(shortAnswer);
        } else if (item instanceof Numeric numeric) {
            writeNumeric(numeric);
        } else if (item instanceof Cloze cloze) {
            writeCloze(cloze);
        } else if (item instanceof Matching matching) {
            writeMatching(matching);
        } else if (item instanceof Ordering ordering) {
            writeOrdering(ordering);
        } else {
            return false;
        }
        return true;
    }

    private void writeChoice(ChoiceQuestion question) {
        List<ChoiceOption> options = question.options();
        String cardinality = question instanceof MultipleResponse ? "multiple" : "single";
        boolean optionFeedback = options.stream().anyMatch(option -> !option.feedback().isBlank());
        List<String> correct = new ArrayList<>();
        for (int index = 0; index < options.size(); index++) {
            if (options.get(index).correct()) {
                correct.add(choiceId(index));
            }
        }
        openItem();
        responseDeclaration(RESPONSE, cardinality, "identifier", correct);
        outcomes(optionFeedback ? cardinality : null);
        xml.open("qti-item-body").open("qti-choice-interaction", "response-identifier", RESPONSE,
                "max-choices", question instanceof MultipleResponse ? "0" : "1", "shuffle", "false");
        prompt();
        for (int index = 0; index < options.size(); index++) {
            simpleChoice(choiceId(index), options.get(index));
        }
        xml.close().close();
        responseProcessing(MATCH_CORRECT, optionFeedback);
    }

    private void simpleChoice(String identifier, ChoiceOption option) {
        String markup = XmlBuilder.lines(option.text());
        if (!option.feedback().isBlank()) {
            markup += "<qti-feedback-inline outcome-identifier=\"" + CHOICE_FEEDBACK + "\" identifier=\"" + identifier
                    + "\" show-hide=\"show\"> " + XmlBuilder.lines(option.feedback().strip()) + "</qti-feedback-inline>";
        }
        xml.mixed("qti-simple-choice", markup, "identifier", identifier);
    }

    private void writeShortAnswer(ShortAnswer question) {
        openItem();
        textResponse(RESPONSE, question.acceptedAnswers(), question.comparison());
        outcomes(null);
        xml.open("qti-item-body");
        paragraphs(item.prompt());
        xml.mixed("p", textEntry(RESPONSE));
        xml.close();
        responseProcessing(MAP_RESPONSE, false);
    }

    private void writeNumeric(Numeric question) {
        openItem();
        responseDeclaration(RESPONSE, "single", "float", List.of(question.value().toPlainString()));
        outcomes(null);
        xml.open("qti-item-body");
        paragraphs(item.prompt());
        String unit = question.unit() == null ? "" : " " + XmlBuilder.escape(question.unit());
        xml.mixed("p", textEntry(RESPONSE) + unit);
        xml.close();
        xml.open("qti-response-processing");
        scoreIf(() -> toleranceComparison(question.tolerance()));
        feedbackRules(false);
        xml.close();
        modalFeedback();
        xml.close();
    }

    private void toleranceComparison(NumericTolerance tolerance) {
        if (tolerance.isExact()) {
            xml.open("qti-equal", "tolerance-mode", "exact");
        } else {
            String amount = tolerance.relative()
                    ? tolerance.amount().movePointRight(2).stripTrailingZeros().toPlainString()
                    : tolerance.amount().stripTrailingZeros().toPlainString();
            xml.open("qti-equal", "tolerance-mode", tolerance.relative() ? "relative" : "absolute", "tolerance", amount,
                    "include-lower-bound", "true", "include-upper-bound", "true");
        }
        xml.empty("qti-variable", "identifier", RESPONSE).empty("qti-correct", "identifier", RESPONSE).close();
    }

    private void writeCloze(Cloze cloze) {
        openItem();
        for (int index = 0; index < cloze.gaps().size(); index++) {
            textResponse(gapResponse(index), cloze.gaps().get(index).acceptedAnswers(), cloze.comparison());
        }
        outcomes(null);
        xml.open("qti-item-body").mixed("p", clozeMarkup(cloze)).close();
        xml.open("qti-response-processing").open("qti-set-outcome-value", "identifier", SCORE).open("qti-sum");
        for (int index = 0; index < cloze.gaps().size(); index++) {
            xml.empty("qti-map-response", "identifier", gapResponse(index));
        }
        xml.close().close();
        feedbackRules(false);
        xml.close();
        modalFeedback();
        xml.close();
    }

    /** The cloze text with a text entry for each gap. */
    private static String clozeMarkup(Cloze cloze) {
        return ClozeSegments.render(cloze, XmlBuilder::lines, gap -> textEntry(gapResponse(gap - 1)));
    }

    private void writeMatching(Matching matching) {
        int size = matching.pairs().size();
        List<String> correct = new ArrayList<>();
        for (int index = 0; index < size; index++) {
            correct.add("left-" + (index + 1) + " right-" + (index + 1));
        }
        openItem();
        responseDeclaration(RESPONSE, "multiple", "directedPair", correct);
        outcomes(null);
        xml.open("qti-item-body").open("qti-match-interaction", "response-identifier", RESPONSE,
                "max-associations", String.valueOf(size), "shuffle", "true");
        prompt();
        matchSet("left-", matching.pairs().stream().map(pair -> pair.left()).toList());
        matchSet("right-", matching.pairs().stream().map(pair -> pair.right()).toList());
        xml.close().close();
        responseProcessing(MATCH_CORRECT, false);
    }

    private void matchSet(String prefix, List<String> texts) {
        xml.open("qti-simple-match-set");
        for (int index = 0; index < texts.size(); index++) {
            xml.mixed("qti-simple-associable-choice", XmlBuilder.lines(texts.get(index)),
                    "identifier", prefix + (index + 1), "match-max", "1");
        }
        xml.close();
    }

    /** The entries are stored in the correct order, so the interaction shuffles them. */
    private void writeOrdering(Ordering ordering) {
        int size = ordering.entries().size();
        List<String> correct = new ArrayList<>();
        for (int index = 0; index < size; index++) {
            correct.add("entry-" + (index + 1));
        }
        openItem();
        responseDeclaration(RESPONSE, "ordered", "identifier", correct);
        outcomes(null);
        xml.open("qti-item-body").open("qti-order-interaction", "response-identifier", RESPONSE, "shuffle", "true");
        prompt();
        for (int index = 0; index < size; index++) {
            xml.mixed("qti-simple-choice", XmlBuilder.lines(ordering.entries().get(index).text()),
                    "identifier", correct.get(index));
        }
        xml.close().close();
        responseProcessing(MATCH_CORRECT, false);
    }

    private void openItem() {
        xml.open("qti-assessment-item", "xmlns", NAMESPACE, "xmlns:xsi", XSI, "xsi:schemaLocation", SCHEMA_LOCATION,
                "identifier", identifier(item), "title", title(), "adaptive", "false", "time-dependent", "false");
    }

    /** The prompt on one line, cloze gaps as blanks, shortened: QTI requires a title. */
    private String title() {
        String title = Cloze.MARKER.matcher(item.prompt()).replaceAll("___").strip().replaceAll("\\s+", " ");
        return title.length() <= TITLE_LENGTH ? title : title.substring(0, TITLE_LENGTH - 1) + "…";
    }

    private void responseDeclaration(String identifier, String cardinality, String baseType, List<String> correct) {
        xml.open("qti-response-declaration", "identifier", identifier, "cardinality", cardinality, "base-type", baseType);
        correctResponse(correct);
        xml.close();
    }

    private void correctResponse(List<String> values) {
        xml.open("qti-correct-response");
        values.forEach(value -> xml.text("qti-value", value));
        xml.close();
    }

    /** A string response whose accepted answers each map to 1 point. */
    private void textResponse(String identifier, List<String> accepted, TextComparison comparison) {
        xml.open("qti-response-declaration", "identifier", identifier, "cardinality", "single", "base-type", "string");
        correctResponse(accepted.isEmpty() ? List.of() : List.of(accepted.get(0)));
        xml.open("qti-mapping", "default-value", "0");
        accepted.forEach(answer -> xml.empty("qti-map-entry", "map-key", answer, "mapped-value", "1",
                "case-sensitive", String.valueOf(comparison.caseSensitive())));
        xml.close().close();
    }

    /** SCORE, and the outcomes that show feedback; {@code choiceFeedbackCardinality} null when options have none. */
    private void outcomes(String choiceFeedbackCardinality) {
        xml.open("qti-outcome-declaration", "identifier", SCORE, "cardinality", "single", "base-type", "float")
                .open("qti-default-value").text("qti-value", "0").close().close();
        if (!feedback.isEmpty()) {
            xml.empty("qti-outcome-declaration", "identifier", FEEDBACK, "cardinality", "single", "base-type", "identifier");
        }
        if (choiceFeedbackCardinality != null) {
            xml.empty("qti-outcome-declaration", "identifier", CHOICE_FEEDBACK, "cardinality", choiceFeedbackCardinality,
                    "base-type", "identifier");
        }
    }

    private void prompt() {
        xml.mixed("qti-prompt", XmlBuilder.lines(item.prompt()));
    }

    private void paragraphs(String text) {
        xml.mixed("p", XmlBuilder.lines(text));
    }

    private static String textEntry(String responseIdentifier) {
        return "<qti-text-entry-interaction response-identifier=\"" + responseIdentifier + "\"/>";
    }

    private static String choiceId(int index) {
        return "choice-" + (index + 1);
    }

    private static String gapResponse(int index) {
        return RESPONSE + "-" + (index + 1);
    }

    /**
     * A standard template when nothing else must happen; else the template's rules written out,
     * followed by the rules that show feedback. Closes the item.
     */
    private void responseProcessing(String template, boolean optionFeedback) {
        if (feedback.isEmpty() && !optionFeedback) {
            xml.empty("qti-response-processing", "template", TEMPLATES + template + ".xml");
        } else {
            xml.open("qti-response-processing");
            if (MAP_RESPONSE.equals(template)) {
                mapResponseRules();
            } else {
                scoreIf(() -> xml.open("qti-match").empty("qti-variable", "identifier", RESPONSE)
                        .empty("qti-correct", "identifier", RESPONSE).close());
            }
            feedbackRules(optionFeedback);
            xml.close();
        }
        modalFeedback();
        xml.close();
    }

    /** SCORE is 1 when {@code condition} holds, else 0 (as in the match_correct template). */
    private void scoreIf(Runnable condition) {
        xml.open("qti-response-condition").open("qti-response-if");
        condition.run();
        setScore("1");
        xml.close().open("qti-response-else");
        setScore("0");
        xml.close().close();
    }

    /** The map_response template: 0 for no answer, else the mapped value of the answer. */
    private void mapResponseRules() {
        xml.open("qti-response-condition").open("qti-response-if").open("qti-is-null")
                .empty("qti-variable", "identifier", RESPONSE).close();
        setScore("0");
        xml.close().open("qti-response-else").open("qti-set-outcome-value", "identifier", SCORE)
                .empty("qti-map-response", "identifier", RESPONSE).close().close().close();
    }

    private void setScore(String value) {
        setOutcome(SCORE, inner -> inner.text("qti-base-value", value, "base-type", "float"));
    }

    private void feedbackRules(boolean optionFeedback) {
        if (!feedback.isEmpty()) {
            setOutcome(FEEDBACK, inner -> inner.text("qti-base-value", SHOWN_FEEDBACK, "base-type", "identifier"));
        }
        if (optionFeedback) {
            setOutcome(CHOICE_FEEDBACK, inner -> inner.empty("qti-variable", "identifier", RESPONSE));
        }
    }

    private void setOutcome(String identifier, Consumer<XmlBuilder> value) {
        xml.open("qti-set-outcome-value", "identifier", identifier);
        value.accept(xml);
        xml.close();
    }

    private void modalFeedback() {
        if (!feedback.isEmpty()) {
            xml.open("qti-modal-feedback", "outcome-identifier", FEEDBACK, "identifier", SHOWN_FEEDBACK, "show-hide", "show")
                    .open("qti-content-body");
            paragraphs(feedback);
            xml.close().close();
        }
    }
}
