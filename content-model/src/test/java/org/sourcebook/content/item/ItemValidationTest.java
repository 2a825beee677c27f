package org.sourcebook.content.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.content.item.SampleItems.cite;
import static org.sourcebook.content.item.SampleItems.info;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ItemValidationTest {

    private static final ItemInfo INFO = info("According to the source, ...?");

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidItems")
    void eachRuleReportsItsCodeAndMessage(String rule, Item item, Problem expected) {
        assertThat(item.problems()).contains(expected);
    }

    static Stream<Arguments> invalidItems() {
        return Stream.of(
                invalid("blank prompt", new FactCard(INFO.withPrompt("  "), "1992"),
                        "prompt-blank", "prompt must not be blank"),
                invalid("quality above 1", new FactCard(quality(1.5), "1992"),
                        "quality-score-out-of-range", "quality score must be between 0 and 1"),
                invalid("quality below 0", new FactCard(quality(-0.1), "1992"),
                        "quality-score-out-of-range", "quality score must be between 0 and 1"),
                invalid("quality not a number", new FactCard(quality(Double.NaN), "1992"),
                        "quality-score-out-of-range", "quality score must be between 0 and 1"),
                invalid("drafted without citation", new FactCard(INFO.withCitations(List.of()), "1992"),
                        "citation-missing", "a drafted item needs at least one citation"),
                invalid("fact card without answer", new FactCard(INFO, " "),
                        "fact-card-answer-blank", "a fact card needs an answer"),
                invalid("single choice with one option", new SingleChoice(INFO, List.of(ChoiceOption.correct("a", "x"))),
                        "choice-too-few-options", "a choice question needs at least two options"),
                invalid("single choice with two correct", new SingleChoice(INFO, List.of(
                                ChoiceOption.correct("a", "x"), ChoiceOption.correct("b", "y"))),
                        "single-choice-correct-count", "single choice needs exactly one correct option"),
                invalid("single choice with none correct", new SingleChoice(INFO, List.of(
                                ChoiceOption.wrong("a", "x"), ChoiceOption.wrong("b", "y"))),
                        "single-choice-correct-count", "single choice needs exactly one correct option"),
                invalid("multiple response with none correct", new MultipleResponse(INFO, List.of(
                                ChoiceOption.wrong("a", "x"), ChoiceOption.wrong("b", "y"))),
                        "multiple-response-no-correct", "multiple response needs at least one correct option"),
                invalid("options differing only in case and spacing", new SingleChoice(INFO, List.of(
                                ChoiceOption.correct("a", "Khojaly"), ChoiceOption.wrong("b", " khojaly "))),
                        "option-texts-duplicate", "option texts must be distinct"),
                invalid("blank option", new SingleChoice(INFO, List.of(
                                ChoiceOption.correct("a", "Khojaly"), ChoiceOption.wrong("b", ""))),
                        "option-text-blank", "option texts must not be blank"),
                invalid("repeated option id", new SingleChoice(INFO, List.of(
                                ChoiceOption.correct("a", "Khojaly"), ChoiceOption.wrong("a", "Barda"))),
                        "option-ids-duplicate", "option ids must be distinct"),
                invalid("short answer without accepted answers", new ShortAnswer(INFO, List.of(), TextComparison.LENIENT),
                        "short-answer-no-accepted-answer", "a short answer needs at least one accepted answer"),
                invalid("blank accepted answer", new ShortAnswer(INFO, List.of("Khojaly", " "), TextComparison.LENIENT),
                        "accepted-answer-blank", "accepted answers must not be blank"),
                invalid("negative tolerance", new Numeric(INFO, BigDecimal.TEN, NumericTolerance.absolute("-1"), null),
                        "numeric-tolerance-negative", "numeric tolerance must not be negative"),
                invalid("relative tolerance around 0", new Numeric(INFO, BigDecimal.ZERO, NumericTolerance.relative("0.1"), null),
                        "numeric-relative-tolerance-of-zero", "a relative tolerance needs a correct value other than 0"),
                invalid("cloze without gaps", new Cloze(INFO.withPrompt("No gaps here."), List.of(), TextComparison.LENIENT),
                        "cloze-no-gaps", "a cloze needs at least one gap"),
                invalid("cloze gap without answers", new Cloze(INFO.withPrompt("In {{1}}."), List.of(ClozeGap.accepting()),
                                TextComparison.LENIENT),
                        "cloze-gap-no-accepted-answer", "a cloze gap needs at least one accepted answer"),
                invalid("cloze gap with blank answer", new Cloze(INFO.withPrompt("In {{1}}."), List.of(ClozeGap.accepting("")),
                                TextComparison.LENIENT),
                        "accepted-answer-blank", "accepted answers must not be blank"),
                invalid("cloze marker missing", new Cloze(INFO.withPrompt("In {{1}}."),
                                List.of(ClozeGap.accepting("a"), ClozeGap.accepting("b")), TextComparison.LENIENT),
                        "cloze-marker-count", "the cloze text must contain every gap marker exactly once"),
                invalid("cloze marker twice", new Cloze(INFO.withPrompt("In {{1}} and {{1}}."),
                                List.of(ClozeGap.accepting("a")), TextComparison.LENIENT),
                        "cloze-marker-count", "the cloze text must contain every gap marker exactly once"),
                invalid("cloze marker without gap", new Cloze(INFO.withPrompt("In {{1}} and {{2}}."),
                                List.of(ClozeGap.accepting("a")), TextComparison.LENIENT),
                        "cloze-marker-unknown", "the cloze text has a marker for a gap that does not exist"),
                invalid("matching with one pair", new Matching(INFO, List.of(MatchPair.of("a", "x", "1"))),
                        "matching-too-few-pairs", "matching needs at least two pairs"),
                invalid("matching pair without right side", new Matching(INFO, List.of(
                                MatchPair.of("a", "x", "1"), MatchPair.of("b", "y", " "))),
                        "matching-pair-blank", "both sides of every pair need a text"),
                invalid("matching with repeated left side", new Matching(INFO, List.of(
                                MatchPair.of("a", "x", "1"), MatchPair.of("b", "X", "2"))),
                        "matching-left-duplicate", "the left-hand texts must be distinct"),
                invalid("matching with repeated right side", new Matching(INFO, List.of(
                                MatchPair.of("a", "x", "1"), MatchPair.of("b", "y", "1"))),
                        "matching-right-duplicate", "the right-hand texts must be distinct"),
                invalid("ordering with one entry", new Ordering(INFO, List.of(OrderEntry.of("a", "x"))),
                        "ordering-too-few-entries", "ordering needs at least two entries"),
                invalid("ordering with blank entry", new Ordering(INFO, List.of(OrderEntry.of("a", "x"), OrderEntry.of("b", ""))),
                        "ordering-entry-blank", "entry texts must not be blank"),
                invalid("ordering with repeated entry", new Ordering(INFO, List.of(OrderEntry.of("a", "x"), OrderEntry.of("b", "x"))),
                        "ordering-entries-duplicate", "entry texts must be distinct"),
                invalid("timeline entry without date", new Ordering(INFO, List.of(
                                OrderEntry.dated("a", "1992", "x"), OrderEntry.of("b", "y"))),
                        "timeline-date-missing", "every entry of a timeline needs a date"),
                invalid("ordering with repeated id", new Ordering(INFO, List.of(OrderEntry.of("a", "x"), OrderEntry.of("a", "y"))),
                        "option-ids-duplicate", "option ids must be distinct"));
    }

    @ParameterizedTest
    @MethodSource("org.sourcebook.content.item.SampleItems#everyKind")
    void theSamplesOfEveryKindAreValid(Item item) {
        assertThat(item.problems()).isEmpty();
        assertThat(item.isValid()).isTrue();
    }

    @Test
    void anInvalidDraftIsHeldAndListsAllItsProblems() {
        var draft = new SingleChoice(ItemInfo.drafted(" ", List.of(), 2), List.of(ChoiceOption.wrong("a", "x")));

        assertThat(draft.problems()).extracting(Problem::code).containsExactly(
                "prompt-blank", "quality-score-out-of-range", "citation-missing", "choice-too-few-options",
                "single-choice-correct-count");
    }

    @Test
    void aWrittenItemNeedsNoCitation() {
        var written = new FactCard(ItemInfo.written("When was Khojaly attacked?"), "1992");

        assertThat(written.problems()).isEmpty();
        assertThat(written.info().origin()).isEqualTo(ItemOrigin.WRITTEN);
    }

    @Test
    void aTimelineWithAllDatesAndAPlainOrderingAreBothValid() {
        var plain = new Ordering(INFO, List.of(OrderEntry.of("a", "x"), OrderEntry.of("b", "y")));

        assertThat(plain.isTimeline()).isFalse();
        assertThat(plain.problems()).isEmpty();
        assertThat(SampleItems.timeline().isTimeline()).isTrue();
    }

    private static ItemInfo quality(double score) {
        return ItemInfo.drafted("Prompt?", List.of(cite("Prompt")), score);
    }

    private static Arguments invalid(String rule, Item item, String code, String message) {
        return Arguments.of(rule, item, new Problem(code, message));
    }
}
