package org.sourcebook.content.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.source.TextDiff.Replacement;

class AnswerUpdateTest {

    private static final List<Replacement> WOUNDED = List.of(new Replacement("620", "780"));

    @Test
    void aNumericAnswerTakesTheNewValueAndTheFeedbackFollows() {
        Numeric numeric = new Numeric(SampleItems.info("According to the source, how many people were wounded?")
                .withFeedback("According to the source, another 620 people were wounded."),
                new BigDecimal("620"), NumericTolerance.exact(), "people");

        Item updated = AnswerUpdate.apply(numeric, WOUNDED).orElseThrow();

        assertThat(updated.canonicalAnswer()).isEqualTo("780 people");
        assertThat(updated.info().feedback()).isEqualTo("According to the source, another 780 people were wounded.");
        assertThat(updated.prompt()).isEqualTo(numeric.prompt());
        assertThat(updated.id()).isEqualTo(numeric.id());
    }

    @Test
    void numbersWrittenWithSeparatorsCompareByValue() {
        Numeric numeric = new Numeric(SampleItems.info("How many were taken captive?"), new BigDecimal("1275"),
                NumericTolerance.exact(), null);

        Item updated = AnswerUpdate.apply(numeric, List.of(new Replacement("1,275", "1,312"))).orElseThrow();

        assertThat(((Numeric) updated).value()).isEqualByComparingTo("1312");
    }

    @Test
    void clozeGapsShortAnswersCardsAndCorrectOptionsTakeTheNewValue() {
        Cloze cloze = new Cloze(SampleItems.info("Another {{1}} people were wounded."), List.of(ClozeGap.accepting("620")),
                TextComparison.LENIENT);
        ShortAnswer shortAnswer = new ShortAnswer(SampleItems.info("How many?"), List.of("620", "six hundred twenty"),
                TextComparison.LENIENT);
        FactCard card = new FactCard(SampleItems.info("How many were wounded?"), "620 people");
        SingleChoice choice = new SingleChoice(SampleItems.info("How many were wounded?"), List.of(
                ChoiceOption.wrong("a", "500"), ChoiceOption.correct("b", "620"), ChoiceOption.wrong("c", "700")));

        assertThat(AnswerUpdate.apply(cloze, WOUNDED)).map(Item::canonicalAnswer).hasValue("Another [780] people were wounded.");
        assertThat(AnswerUpdate.apply(shortAnswer, WOUNDED)).map(item -> ((ShortAnswer) item).acceptedAnswers())
                .hasValue(List.of("780", "six hundred twenty"));
        assertThat(AnswerUpdate.apply(card, WOUNDED)).map(Item::canonicalAnswer).hasValue("780 people");
        assertThat(AnswerUpdate.apply(choice, WOUNDED)).map(Item::canonicalAnswer).hasValue(choice.canonicalAnswer()
                .replace("620", "780"));
    }

    @Test
    void anAnswerThatHoldsNoneOfTheChangedValuesIsNotOffered() {
        assertThat(AnswerUpdate.apply(SampleItems.numeric(), WOUNDED)).isEmpty();
        assertThat(AnswerUpdate.apply(SampleItems.trueFalse(), List.of(new Replacement("150", "160")))).isEmpty();
        assertThat(AnswerUpdate.apply(new FactCard(SampleItems.info("Year?"), "16200"), List.of(new Replacement("620", "780"))))
                .as("only whole words").isEmpty();
    }

    @Test
    void aCorrectOptionIsNotChangedIntoADistractor() {
        SingleChoice choice = new SingleChoice(SampleItems.info("How many were wounded?"), List.of(
                ChoiceOption.wrong("a", "780"), ChoiceOption.correct("b", "620")));

        assertThat(AnswerUpdate.apply(choice, WOUNDED)).isEmpty();
    }
}
