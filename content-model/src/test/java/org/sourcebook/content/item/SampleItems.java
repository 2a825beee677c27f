package org.sourcebook.content.item;

import java.math.BigDecimal;
import java.util.List;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.Span;

/** Fixed, valid items of every kind, drafted from the demo document, for tests in every package. */
public final class SampleItems {

    public static final DocumentId DOCUMENT = DocumentId.parse("00000000-0000-0000-0000-000000000001");

    private SampleItems() {}

    /** A citation of {@code quote}; the offsets are made up, which these tests do not check. */
    public static Span cite(String quote) {
        return new Span(DOCUMENT, 1, 0, quote.length(), quote);
    }

    public static ItemInfo info(String prompt) {
        return ItemInfo.drafted(prompt, List.of(cite(prompt)), 0.8);
    }

    public static FactCard factCard() {
        return new FactCard(info("According to the source, when did the attack on Khojaly take place?"),
                "On 26 February 1992");
    }

    public static SingleChoice singleChoice() {
        return new SingleChoice(info("According to the source, which town was attacked on 26 February 1992?"), List.of(
                ChoiceOption.wrong("a", "Barda"),
                ChoiceOption.correct("b", "Khojaly"),
                ChoiceOption.wrong("c", "Ganja"),
                ChoiceOption.wrong("d", "Tartar")));
    }

    /** Two correct options (a, b) and three wrong ones (c, d, e). */
    public static MultipleResponse multipleResponse() {
        return new MultipleResponse(info("Which cities does the source name as targets in 2020?"), List.of(
                ChoiceOption.correct("a", "Barda"),
                ChoiceOption.correct("b", "Ganja"),
                ChoiceOption.wrong("c", "Shusha"),
                ChoiceOption.wrong("d", "Baku"),
                ChoiceOption.wrong("e", "Lankaran")));
    }

    public static TrueFalse trueFalse() {
        return new TrueFalse(info("According to the source, 150 people from Khojaly remain missing."), true);
    }

    public static ShortAnswer shortAnswer() {
        return new ShortAnswer(info("According to the source, which town was attacked in February 1992?"),
                List.of("Khojaly", "Xocalı"), TextComparison.LENIENT);
    }

    public static Numeric numeric() {
        return new Numeric(info("According to the source, how many civilians were killed in Khojaly?"),
                new BigDecimal("613"), NumericTolerance.exact(), "civilians");
    }

    /** Gap 1: Khojaly or Xocalı; gap 2: 26. */
    public static Cloze cloze() {
        return new Cloze(info("According to the source, the attack on {{1}} took place on February {{2}}, 1992."),
                List.of(ClozeGap.accepting("Khojaly", "Xocalı"), ClozeGap.accepting("26")), TextComparison.LENIENT);
    }

    /** Pairs w, c, m: wounded 487, captive 1,275, missing 150. */
    public static Matching matching() {
        return new Matching(info("Match each group with the number the source gives."), List.of(
                MatchPair.of("w", "wounded", "487"),
                MatchPair.of("c", "taken captive", "1,275"),
                MatchPair.of("m", "still missing", "150")));
    }

    /** Entries 1, 2, 3, 4 in this order. */
    public static Ordering timeline() {
        return new Ordering(info("Put the events in the order the source gives them."), List.of(
                OrderEntry.dated("1", "1992", "Attack on Khojaly"),
                OrderEntry.dated("2", "2020", "Attacks on Barda, Ganja and Tartar"),
                OrderEntry.dated("3", "2021", "29th anniversary statement"),
                OrderEntry.dated("4", "2022", "30th anniversary")));
    }

    public static List<Question> everyQuestionKind() {
        return List.of(singleChoice(), multipleResponse(), trueFalse(), shortAnswer(), numeric(), cloze(), matching(),
                timeline());
    }

    public static List<Item> everyKind() {
        return List.of(factCard(), singleChoice(), multipleResponse(), trueFalse(), shortAnswer(), numeric(), cloze(),
                matching(), timeline());
    }
}
