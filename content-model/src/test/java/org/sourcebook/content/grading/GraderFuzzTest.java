package org.sourcebook.content.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;

/**
 * Any response, of any shape, to any kind of question is graded without an exception and scores
 * between 0 and 1. Plain {@code mvn test} runs the saved inputs in
 * {@code src/test/resources/.../GraderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class GraderFuzzTest {

    private static final List<Question> QUESTIONS = questions();
    private static final List<String> KNOWN_IDS =
            List.of("a", "b", "c", "d", "e", "1", "2", "3", "4", "w", "m", "true", "false");

    @FuzzTest(maxDuration = "60s")
    void gradingNeverThrowsAndScoresStayWithinZeroAndOne(FuzzedDataProvider data) {
        Question question = data.pickValue(QUESTIONS);

        Grade grade = Grader.grade(question, response(data));

        assertThat(grade.score()).isBetween(0.0, 1.0);
        assertThat(grade.correctness()).isNotNull();
    }

    private static Response response(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 5)) {
            case 0:
                return new ChoiceResponse(Set.copyOf(optionIds(data)));
            case 1:
                return new TextResponse(data.consumeString(100));
            case 2:
                return new NumberResponse(new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt()));
            case 3:
                return new GapResponse(texts(data));
            case 4:
                return new MatchingResponse(matches(data));
            default:
                return new OrderResponse(optionIds(data));
        }
    }

    private static List<OptionId> optionIds(FuzzedDataProvider data) {
        List<OptionId> ids = new ArrayList<>();
        for (int count = data.consumeInt(0, 6); count > 0; count--) {
            ids.add(optionId(data));
        }
        return ids;
    }

    private static OptionId optionId(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return OptionId.of(data.pickValue(KNOWN_IDS));
        }
        String made = data.consumeString(8);
        return made.isBlank() || !made.strip().equals(made) ? OptionId.of("unknown") : OptionId.of(made);
    }

    private static List<String> texts(FuzzedDataProvider data) {
        List<String> texts = new ArrayList<>();
        for (int count = data.consumeInt(0, 4); count > 0; count--) {
            texts.add(data.consumeString(40));
        }
        return texts;
    }

    private static Map<OptionId, OptionId> matches(FuzzedDataProvider data) {
        Map<OptionId, OptionId> matches = new HashMap<>();
        for (int count = data.consumeInt(0, 4); count > 0; count--) {
            matches.put(optionId(data), optionId(data));
        }
        return matches;
    }

    /** One sample of every kind, variants, and invalid questions, which must not break grading either; fixed order. */
    private static List<Question> questions() {
        List<Question> questions = new ArrayList<>(SampleItems.everyQuestionKind());
        var info = SampleItems.info("Prompt?");
        questions.add(new Numeric(info, new BigDecimal("150"), NumericTolerance.relative("0.05"), "%"));
        questions.add(new Numeric(info, new BigDecimal("-0.5"), NumericTolerance.absolute("0.01"), null));
        questions.add(new ShortAnswer(info, List.of("İsmayıllı", "1613"), new TextComparison(false, true, 2, 0)));
        questions.add(new SingleChoice(info, List.of()));
        questions.add(new Cloze(info.withPrompt("{{1}} {{3}}"), List.of(ClozeGap.accepting(), ClozeGap.accepting("")),
                TextComparison.STRICT));
        return List.copyOf(questions);
    }
}
