package org.sourcebook.exchange.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.exchange.gift.GiftFixtures.export;
import static org.sourcebook.exchange.gift.GiftFixtures.info;
import static org.sourcebook.exchange.gift.GiftFixtures.multipleResponse;
import static org.sourcebook.exchange.gift.GiftFixtures.oneGap;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.exchange.items.ExportSet;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;
import org.sourcebook.exchange.items.SampleItems;

class GiftWriterTest {

    private static final String CITATION = "Source\\: “According to the source, 613 people of Xocalı were killed.”";
    private static final String TAGS = "// [tag:khojaly] [tag:ə-tag]\n";

    private final GiftWriter writer = new GiftWriter();

    @Test
    void writesEveryCarriedKindAsMoodleReadsIt() {
        ExportedFile file = writer.export(new ExportSet("Xocalı / 1992", SampleItems.everyKind()));

        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("$CATEGORY: Xocalı // 1992\n\n"
                + TAGS
                + "::Which town does the source name? (ə\\: 1 \\=::[plain]Which town does the source name? "
                + "(ə\\: 1 \\= 2 \\~ 3 \\# 4 \\{5\\}){\n"
                + "\t=Xocalı#Yes\\: the source names Xocalı.\n"
                + "\t~Şuşa \\{not\\} \\~ this#Şuşa is named later.\n"
                + "\t~Ağdam \\= 1 \\# 2\n"
                + "\t####See the first paragraph.\\n" + CITATION + "\n"
                + "}\n\n"
                + TAGS
                + "::Which two dates does the source give for::[plain]Which two dates does the source give for the events?{\n"
                + "\t~%50%25 February 1992\n"
                + "\t~%50%26 February 1992\n"
                + "\t~%-50%1 January 1990 <i>x</i> & y\n"
                + "\t~%-50%Gənclik\\: 12\\:30\n"
                + "\t####" + CITATION + "\n"
                + "}\n\n"
                + TAGS
                + "::According to the source, Xocalı had abou::[plain]According to the source, Xocalı had about 7,000 "
                + "inhabitants.{TRUE####The source says so.\\n" + CITATION + "}\n\n"
                + TAGS
                + "::Which town, according to the source, was::[plain]Which town, according to the source, was the site "
                + "of the events?{\n\t=Xocalı\n\t=Khojaly\n\t=Hocalı\n\t####" + CITATION + "\n}\n\n"
                + TAGS
                + "::How many people, according to the source::[plain]How many people, according to the source, were "
                + "killed?{#613:0.5####The source gives 613.\\n" + CITATION + "}\n\n"
                + TAGS
                + "::Match each place with what the source sa::[plain]Match each place with what the source says about it.{\n"
                + "\t=Xocalı -> the town of the events\n"
                + "\t=Ağdam -> where survivors went\n"
                + "\t=Şuşa \\= \\# \\~ -> a town named nearby\n"
                + "\t####" + CITATION + "\n"
                + "}\n\n");
        assertThat(file.fileName()).isEqualTo("xocali-1992.gift.txt");
        assertThat(file.format()).isEqualTo(ItemFormat.GIFT);
    }

    @Test
    void listsFactCardsOrderingAndClozeWithSeveralGapsAsSkipped() {
        ExportedFile file = writer.export(new ExportSet("Set", SampleItems.everyKind()));

        assertThat(file.skipped()).extracting(ItemIssue::position, ItemIssue::reason, ItemIssue::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ItemIssue.Reason.KIND_NOT_SUPPORTED, "FACT_CARD"),
                org.assertj.core.groups.Tuple.tuple(7, ItemIssue.Reason.FEATURE_NOT_SUPPORTED,
                        "GIFT has one answer blank per question, this cloze has 2 gaps"),
                org.assertj.core.groups.Tuple.tuple(9, ItemIssue.Reason.KIND_NOT_SUPPORTED, "ORDERING"));
        assertThat(file.skipped().get(0).label()).startsWith("When, according to the source, was Xocalı founded?");
    }

    @Test
    void sameSetGivesSameBytes() {
        ExportSet set = new ExportSet("Set", SampleItems.everyKind());

        assertThat(writer.export(set).content()).isEqualTo(writer.export(set).content());
    }

    @Test
    void clozeWithOneGapIsAMissingWordShortAnswerWithTheBlockWhereTheGapIs() {
        assertThat(export(oneGap("Xocalı lies in " + Cloze.marker(1) + " district: {sic}", "Ağdam", "Khojavend")))
                .endsWith("::Xocalı lies in _____ district\\: \\{sic\\}::"
                        + "[plain]Xocalı lies in {=Ağdam =Khojavend} district\\: \\{sic\\}\n\n");
    }

    @Test
    void clozeGapAtTheEndGetsMoodlesBlankBeforeTheBlockSoLearnersSeeWhereItGoes() {
        assertThat(export(oneGap("The town is " + Cloze.marker(1), "Xocalı"))).endsWith("[plain]The town is _____{=Xocalı}\n\n");
    }

    @Test
    void multipleResponseWeightsAreMoodlesListedSharesMatchingSourcebookGrading() {
        assertThat(export(multipleResponse(3, 1))).contains("\t~%33.33333%right 1\n", "\t~%-100%wrong 1\n");
        assertThat(export(multipleResponse(1, 3))).contains("\t~%100%right 1\n", "\t~%-33.33333%wrong 3\n");
        assertThat(export(multipleResponse(7, 0))).contains("\t~%14.28571%right 7\n").doesNotContain("=");
    }

    @Test
    void multipleResponseWithoutAListedShareIsSkipped() {
        ExportedFile file = writer.export(new ExportSet("Set", List.of(multipleResponse(11, 1), multipleResponse(2, 13))));

        assertThat(file.skipped()).extracting(ItemIssue::reason).containsOnly(ItemIssue.Reason.FEATURE_NOT_SUPPORTED);
        assertThat(file.skipped()).extracting(ItemIssue::detail).containsExactly(
                "Moodle's grade list has no equal share for 11 correct options (it has 1/n for n = 1 to 10 and 20)",
                "Moodle's grade list has no equal share for 13 wrong options (it has 1/n for n = 1 to 10 and 20)");
    }

    @Test
    void matchingNeedsThreePairsAndNoArrowOnTheLeft() {
        Matching twoPairs = new Matching(info("Match"), List.of(MatchPair.of("a", "x", "1"), MatchPair.of("b", "y", "2")));
        Matching arrow = new Matching(info("Match"), List.of(MatchPair.of("a", "x -> y", "1"), MatchPair.of("b", "y", "2"),
                MatchPair.of("c", "z", "3")));

        ExportedFile file = writer.export(new ExportSet("Set", List.of(twoPairs, arrow)));

        assertThat(file.skipped()).extracting(ItemIssue::detail).containsExactly(
                "Moodle's matching needs at least three pairs, this item has 2",
                "the left side 'x -> y' contains '->', which GIFT uses between the sides");
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("$CATEGORY: Set\n\n");
    }

    @Test
    void shortAnswerTextsThatLookLikeSyntaxAreGuarded() {
        ShortAnswer tricky = new ShortAnswer(info("Type"), List.of("%5% off", "[html]<b>", "a*b"), TextComparison.STRICT);

        assertThat(export(tricky)).contains("\t=%100%%5% off\n", "\t=[plain][html]<b>\n", "\t=a\\*b\n");
    }

    @Test
    void shortAnswerWithAnArrowIsSkippedBecauseMoodleWouldReadAMatching() {
        ShortAnswer arrow = new ShortAnswer(info("Type"), List.of("a->b"), TextComparison.STRICT);

        assertThat(writer.export(new ExportSet("Set", List.of(arrow))).skipped()).extracting(ItemIssue::detail)
                .containsExactly("the accepted answer 'a->b' contains '->', which GIFT reads as a matching pair");
    }

    @Test
    void wrongChoiceStartingLikeAWeightGetsAnExplicitZero() {
        SingleChoice choice = new SingleChoice(info("Pick"), List.of(ChoiceOption.correct("a", "right"),
                ChoiceOption.wrong("b", "%20% more")));

        assertThat(export(choice)).contains("\t~%0%%20% more\n");
    }

    @Test
    void relativeToleranceBecomesMoodlesAbsoluteOneAndTheUnitIsLeftOut() {
        Numeric relative = new Numeric(info("How far?"), new BigDecimal("250"), NumericTolerance.relative("0.05"), "km");
        Numeric exact = new Numeric(info("When?"), new BigDecimal("-1613.5"), NumericTolerance.exact(), null);

        assertThat(export(relative)).endsWith("[plain]How far?{#250:12.5}\n\n");
        assertThat(export(exact)).endsWith("[plain]When?{#-1613.5}\n\n");
    }

    @Test
    void tagsMoodleCannotReadAreLeftOutAndBracketsEscaped() {
        ShortAnswer tagged = new ShortAnswer(info("Type").withTags(List.of("a]b", "<b>", "x\\", "ok")), List.of("y"),
                TextComparison.STRICT);

        assertThat(export(tagged)).contains("// [tag:a\\]b] [tag:ok]\n::Type::");
    }

    @Test
    void lineBreaksBecomeEscapesAndCarriageReturnsDisappear() {
        ShortAnswer lines = new ShortAnswer(info("First line\r\nsecond\\n"), List.of("y"), TextComparison.STRICT);

        assertThat(export(lines)).contains("::First line second\\\\n::[plain]First line\\nsecond\\\\n{");
    }

    @Test
    void aBlankSetNameWritesNoCategory() {
        ExportedFile file = writer.export(new ExportSet("  ", List.of(oneGap(Cloze.marker(1) + " is it", "x"))));

        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("::_____ is it::[plain]{=x} is it\n\n");
    }

    @Test
    void clozeTextWithTheMarkerTwiceIsSkipped() {
        Cloze twice = new Cloze(info("A " + Cloze.marker(1) + " B " + Cloze.marker(1)), List.of(ClozeGap.accepting("x")),
                TextComparison.LENIENT);

        assertThat(writer.export(new ExportSet("Set", List.of(twice))).skipped()).extracting(ItemIssue::detail)
                .containsExactly("the cloze text must hold its gap marker exactly once");
    }
}
