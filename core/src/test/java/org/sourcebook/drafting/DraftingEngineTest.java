package org.sourcebook.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.lesson.BlockKind;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.EnglishSegmenter;

class DraftingEngineTest {

    private static final DraftingEngine ENGINE = DraftingEngine.english();
    private final DocumentVersion demo = GoldSetEvaluationTest.versionOf(GoldSet.load("khojaly"));
    private final DocumentVersion biography = GoldSetEvaluationTest.versionOf(GoldSet.load("marie-curie"));

    @Test
    void theSameVersionAlwaysGivesTheSameDraftIdsIncluded() {
        assertThat(ENGINE.draft(demo, DraftOptions.DEFAULTS)).isEqualTo(ENGINE.draft(demo, DraftOptions.DEFAULTS));
    }

    @Test
    void everyItemIsAnAttributedDraftCitingTheVersion() {
        for (Item item : ENGINE.draft(demo, DraftOptions.DEFAULTS).items()) {
            assertThat(item.info().status()).isEqualTo(ItemStatus.DRAFT);
            assertThat(item.info().origin()).isEqualTo(ItemOrigin.DRAFTED);
            assertThat(item.prompt()).startsWith("According to the source, ");
            assertThat(item.info().citations()).isNotEmpty().allMatch(span -> span.isValidIn(demo));
            assertThat(item.info().feedback()).startsWith("The source says: “");
        }
    }

    @Test
    void aBiographyYieldsEveryKindOfItemRankedBestFirst() {
        List<Item> items = ENGINE.draft(biography, DraftOptions.DEFAULTS).items();

        assertThat(items).extracting(Item::kind).contains(ItemKind.CLOZE, ItemKind.NUMERIC, ItemKind.SINGLE_CHOICE,
                ItemKind.TRUE_FALSE, ItemKind.FACT_CARD, ItemKind.ORDERING);
        assertThat(items).filteredOn(TrueFalse.class::isInstance).extracting(item -> ((TrueFalse) item).answer())
                .contains(true, false);
        assertThat(items).extracting(item -> item.info().qualityScore())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aFigureIsAskedAsHowManyWithNearbyNumbersAsDistractors() {
        List<Item> items = ENGINE.draft(demo, DraftOptions.DEFAULTS).items();

        SingleChoice missing = only(items, SingleChoice.class, "how many people from Khojaly remain missing?");
        assertThat(missing.options()).filteredOn(ChoiceOption::correct).extracting(ChoiceOption::text).containsExactly("150");
        assertThat(missing.options()).extracting(ChoiceOption::text).doesNotHaveDuplicates()
                .allMatch(text -> text.matches("[\\d,]+"));
        Numeric numeric = only(items, Numeric.class, "how many people from Khojaly remain missing?");
        assertThat(numeric.value()).isEqualByComparingTo(new BigDecimal("150"));
        FactCard card = only(items, FactCard.class, "how many people from Khojaly remain missing?");
        assertThat(card.answer()).isEqualTo("150 people");
    }

    @Test
    void aClozeGapsOneValueAndAcceptsItsOtherSpellings() {
        List<Item> items = ENGINE.draft(demo, DraftOptions.DEFAULTS).items();

        Cloze captives = items.stream().filter(Cloze.class::isInstance).map(Cloze.class::cast)
                .filter(cloze -> cloze.gaps().get(0).preferredAnswer().equals("1,275"))
                .findFirst().orElseThrow();
        assertThat(captives.prompt()).isEqualTo("According to the source, another 487 people were wounded and {{1}} taken captive.");
        assertThat(captives.gaps().get(0).acceptedAnswers()).contains("1,275", "1275");
    }

    @Test
    void aSentenceThatLeansOnTheOneBeforeCarriesIt() {
        List<Item> items = ENGINE.draft(biography, DraftOptions.DEFAULTS).items();

        Cloze married = items.stream().filter(Cloze.class::isInstance).map(Cloze.class::cast)
                .filter(cloze -> cloze.gaps().get(0).preferredAnswer().equals("26 July 1895"))
                .findFirst().orElseThrow();
        assertThat(married.prompt()).startsWith("According to the source, in 1894 she met Pierre Curie")
                .contains("They married on {{1}}");
        assertThat(married.info().citations().get(0).quote()).startsWith("In 1894").endsWith("born in 1897.");
    }

    @Test
    void datedEventsBecomeATimelineInTheOrderTheyHappened() {
        Ordering timeline = ENGINE.draft(biography, DraftOptions.DEFAULTS).items().stream()
                .filter(Ordering.class::isInstance).map(Ordering.class::cast).findFirst().orElseThrow();

        assertThat(timeline.isTimeline()).isTrue();
        assertThat(timeline.entries()).hasSizeBetween(3, 5);
        assertThat(timeline.entries()).allMatch(entry -> !entry.text().contains(entry.date()));
    }

    @Test
    void figuresAreMatchedWithWhatTheyCount() {
        Matching figures = ENGINE.draft(demo, DraftOptions.DEFAULTS).items().stream()
                .filter(Matching.class::isInstance).map(Matching.class::cast).findFirst().orElseThrow();

        Map<String, String> pairs = figures.pairs().stream()
                .collect(Collectors.toMap(pair -> pair.left(), pair -> pair.right()));
        assertThat(pairs).containsEntry("613", "civilians").containsEntry("106", "women");
    }

    @Test
    void limitsCapTheTotalAndEachKind() {
        assertThat(ENGINE.draft(biography, DraftOptions.DEFAULTS.withMaxItems(12)).items()).hasSize(12);
        Map<ItemKind, Long> perKind = ENGINE.draft(biography, DraftOptions.DEFAULTS.withMaxItemsPerKind(2)).items().stream()
                .collect(Collectors.groupingBy(Item::kind, Collectors.counting()));
        assertThat(perKind.values()).allMatch(count -> count <= 2);
        assertThat(perKind).containsOnlyKeys(ItemKind.CLOZE, ItemKind.NUMERIC, ItemKind.SINGLE_CHOICE, ItemKind.TRUE_FALSE,
                ItemKind.FACT_CARD, ItemKind.ORDERING);
    }

    @Test
    void theLessonDraftUsesTheBestItemsAndAnalysesTheSource() {
        Draft draft = ENGINE.draft(demo, DraftOptions.DEFAULTS);
        var lesson = draft.lesson();
        Map<org.sourcebook.content.item.ItemId, Item> byId =
                draft.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));

        assertThat(lesson.problems()).isEmpty();
        assertThat(lesson.title()).isEqualTo("29th anniversary of the Khojaly massacre");
        assertThat(lesson.blocks()).extracting(block -> block.kind()).containsExactly(BlockKind.READING_EXCERPT,
                BlockKind.TIMELINE, BlockKind.FACT_CARD_DECK, BlockKind.QUIZ, BlockKind.SOURCE_ANALYSIS,
                BlockKind.DISCUSSION_PROMPT);
        FactCardDeck deck = (FactCardDeck) lesson.blocks().get(2);
        assertThat(deck.cards()).hasSize(15).allMatch(id -> byId.get(id) instanceof FactCard);
        Quiz quiz = (Quiz) lesson.blocks().get(3);
        assertThat(quiz.questions()).hasSize(10).allMatch(id -> byId.containsKey(id) && !(byId.get(id) instanceof FactCard));
        assertThat(quiz.questions().stream().map(byId::get).map(Item::kind).distinct().count()).isGreaterThanOrEqualTo(4);
        SourceAnalysis analysis = (SourceAnalysis) lesson.blocks().get(4);
        assertThat(analysis.origin()).contains("author: not stated");
        assertThat(analysis.perspective()).contains("“brutally”");
        assertThat(analysis.corroboration()).contains("Human Rights Watch", "Serzh Sargsyan");
    }

    @Test
    void aBiographyLessonHasATimeline() {
        assertThat(ENGINE.draft(biography, DraftOptions.DEFAULTS).lesson().blocks())
                .extracting(block -> block.kind()).contains(BlockKind.TIMELINE);
    }

    @Test
    void textWithNothingToAskGivesNoItemsAndAStillValidLesson() {
        var version = DocumentVersion.of(new DocumentId(new UUID(0, 2)), 1, "hello there\n\nok", DocumentMetadata.titled("Notes"),
                new EnglishSegmenter());

        Draft draft = ENGINE.draft(version, DraftOptions.DEFAULTS);

        assertThat(draft.items()).isEmpty();
        assertThat(draft.lesson().problems()).isEmpty();
    }

    private static <T extends Item> T only(List<Item> items, Class<T> kind, String promptEnd) {
        return items.stream().filter(kind::isInstance).map(kind::cast)
                .filter(item -> item.prompt().endsWith(promptEnd))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " ending " + promptEnd));
    }
}
