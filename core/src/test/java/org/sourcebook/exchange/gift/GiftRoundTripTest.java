package org.sourcebook.exchange.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.exchange.gift.GiftFixtures.info;
import static org.sourcebook.exchange.gift.GiftFixtures.oneGap;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.exchange.items.CitationText;
import org.sourcebook.exchange.items.ExportSet;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.ImportedItems;
import org.sourcebook.exchange.items.SampleItems;

/** Export, import and export again: the same bytes, and items that mean what the originals meant. */
class GiftRoundTripTest {

    private final GiftWriter writer = new GiftWriter();
    private final GiftReader reader = new GiftReader();

    private static List<Item> carriedKinds() {
        List<Item> items = new ArrayList<>(SampleItems.everyKind().stream()
                .filter(item -> item.kind() != ItemKind.FACT_CARD && item.kind() != ItemKind.ORDERING
                        && item.kind() != ItemKind.CLOZE)
                .toList());
        items.add(oneGap("Xocalı {is} in " + Cloze.marker(1) + " district: ə ~ = #", "Xocalı", "Khojaly"));
        items.add(oneGap("The town is " + Cloze.marker(1), "Ağdam"));
        items.add(oneGap(Cloze.marker(1) + " is the town", "Şuşa"));
        items.add(GiftFixtures.multipleResponse(3, 2));
        return items;
    }

    @Test
    void exportImportExportGivesTheSameBytes() {
        ExportedFile first = writer.export(new ExportSet("Xocalı", carriedKinds()));

        ImportedItems imported = reader.read(first.content());
        ExportedFile second = writer.export(new ExportSet("Xocalı", imported.items()));

        assertThat(imported.problems()).isEmpty();
        assertThat(first.skipped()).isEmpty();
        assertThat(new String(second.content(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(first.content(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void reimportedItemsMeanWhatTheOriginalsMeant() {
        List<Item> originals = carriedKinds();

        List<Item> imported = reader.read(writer.export(new ExportSet("Set", originals)).content()).items();

        assertThat(imported).hasSameSizeAs(originals);
        for (int i = 0; i < originals.size(); i++) {
            Item original = originals.get(i);
            Item copy = imported.get(i);
            assertThat(copy.kind()).isEqualTo(original.kind());
            assertThat(copy.prompt()).isEqualTo(original.prompt());
            assertThat(copy.info().feedback()).isEqualTo(CitationText.feedbackWithCitations(original));
            assertThat(copy.info().tags()).isEqualTo(original.info().tags());
            assertThat(answerOf(copy)).isEqualTo(answerOf(original));
        }
    }

    /** What each kind's answer data means, without ids and settings GIFT does not carry. */
    private static Object answerOf(Item item) {
        if (item instanceof ChoiceQuestion choice && !(item instanceof TrueFalse)) {
            return choice.options().stream().map(option -> List.of(option.text(), option.correct(), option.feedback())).toList();
        }
        if (item instanceof TrueFalse statement) {
            return statement.answer();
        }
        if (item instanceof ShortAnswer answer) {
            return answer.acceptedAnswers();
        }
        if (item instanceof Numeric numeric) {
            return List.of(numeric.value().stripTrailingZeros(), numeric.tolerance().amount().stripTrailingZeros());
        }
        if (item instanceof Matching matching) {
            return matching.pairs().stream().map(pair -> List.of(pair.left(), pair.right())).toList();
        }
        return ((Cloze) item).gaps();
    }

    static Stream<String> randomTexts() {
        Random random = new Random(20261126L);
        String[] atoms = {"~", "=", "#", "{", "}", ":", "\\", "\\n", "\n", " ", "\t", "[html]", "[plain]", "%50%", "%-5%",
            "*", "->", "_____", "####", "::", "//", "$CATEGORY:", "<b>", "&amp;", "ə", "ğ", "ı", "ö", "ş", "ç", "ü", "İ",
            "Ə", "a", "Z", "1", ".", "..", "…", "“", "0"};
        return IntStream.range(0, 200).mapToObj(index -> {
            String text;
            do {
                StringBuilder built = new StringBuilder();
                int length = 1 + random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    built.append(atoms[random.nextInt(atoms.length)]);
                }
                text = GiftSyntax.trim(built.toString());
            } while (text.isEmpty());
            return text;
        });
    }

    @ParameterizedTest
    @MethodSource("randomTexts")
    void anyTextSurvivesExportAndImportUnchanged(String text) {
        SingleChoice choice = new SingleChoice(info(text).withFeedback(text).withTags(List.of("t")),
                List.of(new ChoiceOption(OptionId.of("a"), text, true, text),
                        new ChoiceOption(OptionId.of("b"), text + " (2)", false, "")));
        String answer = text.replace("->", "-");
        ShortAnswer shortAnswer = new ShortAnswer(info(text + "?"), List.of(answer, answer + " 2"), TextComparison.STRICT);
        Matching matching = new Matching(info("Match"), List.of(MatchPair.of("a", answer, text),
                MatchPair.of("b", "left 2", "right 2"), MatchPair.of("c", "left 3", "right 3")));
        Cloze cloze = new Cloze(info("Gap: " + Cloze.marker(1) + " " + text), List.of(new ClozeGap(List.of(answer))),
                TextComparison.STRICT);

        ImportedItems imported = reader.read(writer.export(new ExportSet(text, List.of(choice, shortAnswer, matching, cloze)))
                .content());

        assertThat(imported.problems()).isEmpty();
        SingleChoice choiceCopy = (SingleChoice) imported.items().get(0);
        assertThat(List.of(choiceCopy.prompt(), choiceCopy.info().feedback(), choiceCopy.options().get(0).text(),
                choiceCopy.options().get(0).feedback(), choiceCopy.options().get(1).text()))
                .containsExactly(text, text, text, text, text + " (2)");
        assertThat(((ShortAnswer) imported.items().get(1)).acceptedAnswers()).containsExactly(answer, answer + " 2");
        assertThat(((Matching) imported.items().get(2)).pairs().get(0)).extracting(MatchPair::left, MatchPair::right)
                .containsExactly(answer, text);
        assertThat(imported.items().get(3).prompt()).isEqualTo(cloze.prompt());
        assertThat(((Cloze) imported.items().get(3)).gaps()).containsExactly(new ClozeGap(List.of(answer)));
    }
}
