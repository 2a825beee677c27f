package org.sourcebook.content.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcebook.content.item.SampleItems.cite;
import static org.sourcebook.content.item.SampleItems.info;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.source.Span;

class ItemTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("returnedLists")
    void listsReturnedByItemsCannotBeModified(String list, ThrowingCallable modification) {
        assertThatThrownBy(modification).isInstanceOf(UnsupportedOperationException.class);
    }

    static Stream<Arguments> returnedLists() {
        return Stream.of(
                Arguments.of("options", (ThrowingCallable) () -> SampleItems.singleChoice().options().clear()),
                Arguments.of("true/false options", (ThrowingCallable) () -> SampleItems.trueFalse().options().clear()),
                Arguments.of("citations", (ThrowingCallable) () -> SampleItems.factCard().citations().clear()),
                Arguments.of("tags", (ThrowingCallable) () -> SampleItems.factCard().info().tags().add("x")),
                Arguments.of("accepted answers", (ThrowingCallable) () -> SampleItems.shortAnswer().acceptedAnswers().clear()),
                Arguments.of("gaps", (ThrowingCallable) () -> SampleItems.cloze().gaps().clear()),
                Arguments.of("gap answers", (ThrowingCallable) () -> SampleItems.cloze().gaps().get(0).acceptedAnswers().clear()),
                Arguments.of("pairs", (ThrowingCallable) () -> SampleItems.matching().pairs().clear()),
                Arguments.of("entries", (ThrowingCallable) () -> SampleItems.timeline().entries().clear()),
                Arguments.of("correct option ids", (ThrowingCallable) () -> SampleItems.singleChoice().correctOptionIds().clear()),
                Arguments.of("problems", (ThrowingCallable) () -> SampleItems.singleChoice().problems().add(null)));
    }

    @Test
    void anItemKeepsItsOwnCopyOfTheListsItWasGiven() {
        List<ChoiceOption> options = new ArrayList<>(SampleItems.singleChoice().options());
        List<Span> citations = new ArrayList<>(List.of(cite("Khojaly")));
        var item = new SingleChoice(ItemInfo.drafted("Which town?", citations, 0.5), options);

        options.clear();
        citations.clear();

        assertThat(item.options()).hasSize(4);
        assertThat(item.citations()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalAnswers")
    void canonicalAnswerStatesTheCorrectAnswerForPeople(ItemKind kind, Item item, String expected) {
        assertThat(item.kind()).isEqualTo(kind);
        assertThat(item.canonicalAnswer()).isEqualTo(expected);
    }

    static Stream<Arguments> canonicalAnswers() {
        ItemInfo info = info("Prompt?");
        return Stream.of(
                Arguments.of(ItemKind.FACT_CARD, SampleItems.factCard(), "On 26 February 1992"),
                Arguments.of(ItemKind.SINGLE_CHOICE, SampleItems.singleChoice(), "B) Khojaly"),
                Arguments.of(ItemKind.MULTIPLE_RESPONSE, SampleItems.multipleResponse(), "A) Barda; B) Ganja"),
                Arguments.of(ItemKind.TRUE_FALSE, SampleItems.trueFalse(), "True"),
                Arguments.of(ItemKind.SHORT_ANSWER, SampleItems.shortAnswer(), "Khojaly"),
                Arguments.of(ItemKind.NUMERIC, SampleItems.numeric(), "613 civilians"),
                Arguments.of(ItemKind.NUMERIC, new Numeric(info, new BigDecimal("1613"), NumericTolerance.exact(), null), "1613"),
                Arguments.of(ItemKind.NUMERIC, new Numeric(info, new BigDecimal("8"), NumericTolerance.absolute("0.5"), "km"),
                        "8 km (± 0.5)"),
                Arguments.of(ItemKind.NUMERIC, new Numeric(info, new BigDecimal("150"), NumericTolerance.relative("0.05"), null),
                        "150 (± 5%)"),
                Arguments.of(ItemKind.CLOZE, SampleItems.cloze(),
                        "According to the source, the attack on [Khojaly] took place on February [26], 1992."),
                Arguments.of(ItemKind.MATCHING, SampleItems.matching(),
                        "wounded → 487; taken captive → 1,275; still missing → 150"),
                Arguments.of(ItemKind.ORDERING, SampleItems.timeline(),
                        "1. 1992: Attack on Khojaly; 2. 2020: Attacks on Barda, Ganja and Tartar; "
                                + "3. 2021: 29th anniversary statement; 4. 2022: 30th anniversary"),
                Arguments.of(ItemKind.ORDERING, new Ordering(info, List.of(OrderEntry.of("a", "x"), OrderEntry.of("b", "y"))),
                        "1. x; 2. y"));
    }

    @Test
    void optionLettersContinuePastZ() {
        assertThat(Rules.letter(0)).isEqualTo("A");
        assertThat(Rules.letter(25)).isEqualTo("Z");
        assertThat(Rules.letter(26)).isEqualTo("AA");
        assertThat(Rules.letter(27)).isEqualTo("AB");
    }

    @Test
    void withStatusAndWithCitationsChangeOnlyThatFieldAndKeepTheKind() {
        Matching original = SampleItems.matching();
        List<Span> reanchored = List.of(new Span(SampleItems.DOCUMENT, 2, 10, 17, "Khojaly"));

        Item reviewed = original.withStatus(ItemStatus.ACCEPTED).withCitations(reanchored);

        assertThat(reviewed).isInstanceOf(Matching.class);
        assertThat(reviewed.status()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(reviewed.citations()).isEqualTo(reanchored);
        assertThat(reviewed.id()).isEqualTo(original.id());
        assertThat(((Matching) reviewed).pairs()).isEqualTo(original.pairs());
        assertThat(original.status()).isEqualTo(ItemStatus.DRAFT);
    }

    @Test
    void tagsAreStrippedWithBlanksAndRepeatsDropped() {
        ItemInfo tagged = info("Prompt?").withTags(List.of(" khojaly", "", "1992 ", "khojaly"));

        assertThat(tagged.tags()).containsExactly("khojaly", "1992");
    }

    @Test
    void trueFalseIsASingleChoiceBetweenTwoFixedOptions() {
        TrueFalse statement = new TrueFalse(info("The source names 150 missing people."), false);

        assertThat(statement.options()).extracting(ChoiceOption::id).containsExactly(TrueFalse.TRUE, TrueFalse.FALSE);
        assertThat(statement.correctOptionIds()).containsExactly(TrueFalse.FALSE);
        assertThat(statement.canonicalAnswer()).isEqualTo("False");
    }

    @Test
    void factCardsAreItemsButNotQuestions() {
        assertThat(SampleItems.factCard()).isNotInstanceOf(Question.class);
        assertThat(ItemKind.FACT_CARD.isGraded()).isFalse();
        assertThat(SampleItems.everyQuestionKind()).allMatch(question -> question.kind().isGraded());
    }

    @Test
    void structurallyImpossibleValuesAreRejectedWithAClearMessage() {
        assertThatThrownBy(() -> OptionId.of(" a")).hasMessageContaining("option id must be non-blank");
        assertThatThrownBy(() -> new TextComparison(false, false, -1, 5)).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> new FactCard(info("Prompt?"), null)).hasMessageContaining("answer must not be null");
    }

    @Test
    void toleranceBoundsAreIncluded() {
        var tolerance = NumericTolerance.absolute("0.5");

        assertThat(tolerance.accepts(new BigDecimal("8"), new BigDecimal("8.5"))).isTrue();
        assertThat(tolerance.accepts(new BigDecimal("8"), new BigDecimal("7.5"))).isTrue();
        assertThat(tolerance.accepts(new BigDecimal("8"), new BigDecimal("8.51"))).isFalse();
    }
}
