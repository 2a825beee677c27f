package org.sourcebook.exchange.items;

import java.math.BigDecimal;
import java.util.List;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.FactCard;
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
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.Span;

/**
 * One item of every kind for the interchange tests, with what formats must escape ({@code ~ = # { } :}
 * and backslashes, {@code < & >}, quotes) and Azerbaijani letters (ə, ğ, ı, ö, ş, ç, ü, İ) in
 * prompts, options, answers and feedback, and a citation on each.
 */
public final class SampleItems {

    public static final String AZERBAIJANI = "Xocalı şəhərində ğ ö ş ç ü İ";

    private static final DocumentId DOCUMENT = DocumentId.parse("0b8f2f5e-4f7a-4a53-9c1e-2d2f6d0c1a01");

    private SampleItems() {
    }

    /** Every kind once, in {@link org.sourcebook.content.item.ItemKind} order. */
    public static List<Item> everyKind() {
        return List.of(factCard(), singleChoice(), multipleResponse(), trueFalse(), shortAnswer(), numeric(), cloze(),
                matching(), ordering());
    }

    public static FactCard factCard() {
        return new FactCard(info("When, according to the source, was Xocalı founded? {year} ~ = # : \\", "It says: 1613 <b>&</b>"),
                "1613 — " + AZERBAIJANI);
    }

    public static SingleChoice singleChoice() {
        return new SingleChoice(info("Which town does the source name? (ə: 1 = 2 ~ 3 # 4 {5})", "See the first paragraph."),
                List.of(new ChoiceOption(OptionId.of("a"), "Xocalı", true, "Yes: the source names Xocalı."),
                        new ChoiceOption(OptionId.of("b"), "Şuşa {not} ~ this", false, "Şuşa is named later."),
                        new ChoiceOption(OptionId.of("c"), "Ağdam = 1 # 2", false, "")));
    }

    public static MultipleResponse multipleResponse() {
        return new MultipleResponse(info("Which two dates does the source give for the events?", ""),
                List.of(ChoiceOption.correct("a", "25 February 1992"),
                        ChoiceOption.correct("b", "26 February 1992"),
                        ChoiceOption.wrong("c", "1 January 1990 <i>x</i> & y"),
                        ChoiceOption.wrong("d", "Gənclik: 12:30")));
    }

    public static TrueFalse trueFalse() {
        return new TrueFalse(info("According to the source, Xocalı had about 7,000 inhabitants.", "The source says so."), true);
    }

    public static ShortAnswer shortAnswer() {
        return new ShortAnswer(info("Which town, according to the source, was the site of the events?", ""),
                List.of("Xocalı", "Khojaly", "Hocalı"), TextComparison.LENIENT);
    }

    public static Numeric numeric() {
        return new Numeric(info("How many people, according to the source, were killed?", "The source gives 613."),
                new BigDecimal("613"), NumericTolerance.absolute("0.5"), "people");
    }

    public static Cloze cloze() {
        return new Cloze(info("According to the source, the events took place in " + Cloze.marker(1) + " in "
                        + Cloze.marker(2) + " {sic}.", "Both names are in the first paragraph."),
                List.of(ClozeGap.accepting("Xocalı", "Khojaly"), ClozeGap.accepting("1992")), TextComparison.LENIENT);
    }

    public static Matching matching() {
        return new Matching(info("Match each place with what the source says about it.", ""),
                List.of(MatchPair.of("a", "Xocalı", "the town of the events"),
                        MatchPair.of("b", "Ağdam", "where survivors went"),
                        MatchPair.of("c", "Şuşa = # ~", "a town named nearby")));
    }

    public static Ordering ordering() {
        return new Ordering(info("Put the events in the order the source gives.", ""),
                List.of(OrderEntry.dated("a", "1988", "Conflict begins"),
                        OrderEntry.dated("b", "25 February 1992", "The attack starts at night"),
                        OrderEntry.dated("c", "26 February 1992", "Survivors reach Ağdam")));
    }

    /** Shared fields with one citation of {@code prompt}'s source sentence and two tags. */
    static ItemInfo info(String prompt, String feedback) {
        String quote = "According to the source, 613 people of Xocalı were killed.";
        return ItemInfo.written(prompt)
                .withFeedback(feedback)
                .withTags(List.of("khojaly", "ə-tag"))
                .withCitations(List.of(new Span(DOCUMENT, 1, 10, 10 + quote.length(), quote)));
    }
}
