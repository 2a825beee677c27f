package org.sourcebook.content.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcebook.content.item.SampleItems.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.Span;

class LessonTest {

    private static final ItemId CARD = ItemId.random();
    private static final ItemId QUESTION = ItemId.random();

    @Test
    void aCompleteLessonHasNoProblems() {
        assertThat(completeLesson().problems()).isEmpty();
        assertThat(completeLesson().blocks()).extracting(Block::kind).containsExactly(BlockKind.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidLessons")
    void eachRuleReportsItsCodeAndMessage(String rule, Lesson lesson, Problem expected) {
        assertThat(lesson.problems()).contains(expected);
    }

    static Stream<Arguments> invalidLessons() {
        Lesson lesson = completeLesson();
        BlockId id = BlockId.random();
        return Stream.of(
                invalid("blank title", new Lesson(lesson.id(), " ", "", List.of(), List.of()),
                        "lesson-title-blank", "a lesson needs a title"),
                invalid("blank objective", new Lesson(lesson.id(), "Khojaly", "", List.of("Explain", " "), List.of()),
                        "lesson-objective-blank", "objectives must not be blank"),
                invalid("two blocks with one id", lesson.withBlocks(List.of(
                                new DiscussionPrompt(id, "Why?"), new DiscussionPrompt(id, "How?"))),
                        "block-ids-duplicate", "block ids must be distinct"),
                invalid("reading without passage", with(new ReadingExcerpt(id, List.of())),
                        "reading-no-passage", "a reading excerpt needs at least one passage"),
                invalid("empty deck", with(new FactCardDeck(id, List.of())),
                        "deck-empty", "a fact-card deck needs at least one card"),
                invalid("card twice in a deck", with(new FactCardDeck(id, List.of(CARD, CARD))),
                        "deck-card-repeated", "a deck must not contain the same card twice"),
                invalid("empty quiz", with(new Quiz(id, List.of(), QuizSettings.DEFAULTS)),
                        "quiz-empty", "a quiz needs at least one question"),
                invalid("question twice in a quiz", with(new Quiz(id, List.of(QUESTION, QUESTION), QuizSettings.DEFAULTS)),
                        "quiz-question-repeated", "a quiz must not contain the same question twice"),
                invalid("quiz with invalid settings", with(new Quiz(id, List.of(QUESTION), QuizSettingsTest.settings(-1))),
                        "attempts-negative", "attempts allowed must not be negative (0 means unlimited)"),
                invalid("empty timeline", with(new Timeline(id, List.of())),
                        "timeline-empty", "a timeline needs at least one entry"),
                invalid("timeline entry without date", with(new Timeline(id, List.of(new TimelineEntry(" ", "Attack", null)))),
                        "timeline-entry-incomplete", "every timeline entry needs a date and a text"),
                invalid("blank discussion prompt", with(new DiscussionPrompt(id, "")),
                        "discussion-blank", "a discussion prompt needs a text"),
                invalid("empty source analysis", with(new SourceAnalysis(id, null, "", " ", "", "", "")),
                        "source-analysis-empty", "a source analysis needs at least one question answered"));
    }

    @Test
    void listsReturnedByALessonCannotBeModified() {
        Lesson lesson = completeLesson();

        assertThatThrownBy(() -> lesson.blocks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lesson.objectives().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lesson.itemIds().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((Quiz) lesson.blocks().get(2)).questions().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withBlocksReplacesTheBlocksAndKeepsTheRest() {
        Lesson lesson = completeLesson();
        List<Block> reordered = new ArrayList<>(lesson.blocks());
        reordered.add(0, reordered.remove(reordered.size() - 1));

        Lesson actual = lesson.withBlocks(reordered);

        assertThat(actual.blocks().get(0).kind()).isEqualTo(BlockKind.SOURCE_ANALYSIS);
        assertThat(actual.id()).isEqualTo(lesson.id());
        assertThat(actual.title()).isEqualTo(lesson.title());
        assertThat(lesson.blocks().get(0).kind()).isEqualTo(BlockKind.READING_EXCERPT);
    }

    @Test
    void itemIdsListsEveryCardAndQuestionOnceInOrderOfFirstUse() {
        Lesson lesson = completeLesson().withBlocks(List.of(
                new Quiz(BlockId.random(), List.of(QUESTION), QuizSettings.DEFAULTS),
                new FactCardDeck(BlockId.random(), List.of(CARD, QUESTION))));

        assertThat(lesson.itemIds()).containsExactly(QUESTION, CARD);
    }

    @Test
    void documentIdsListsTheDocumentsOfReadingsTimelinesAndAnalysesOnce() {
        DocumentId other = DocumentId.random();
        Lesson lesson = completeLesson().withBlocks(List.of(
                new Timeline(BlockId.random(), List.of(new TimelineEntry("1992", "Attack", null),
                        new TimelineEntry("1992", "Attack", new Span(other, 1, 0, 3, "On ")))),
                new ReadingExcerpt(BlockId.random(), List.of(cite("On February 26"))),
                new SourceAnalysis(BlockId.random(), other, "", "Commemoration", "", "", ""),
                new FactCardDeck(BlockId.random(), List.of(CARD))));

        assertThat(lesson.documentIds()).containsExactly(other, SampleItems.DOCUMENT);
    }

    static Lesson completeLesson() {
        return new Lesson(LessonId.random(), "The Khojaly statement as a source", "Reading a commemorative statement.",
                List.of("Say what the source claims", "Explain whose perspective it gives"), List.of(
                        new ReadingExcerpt(BlockId.random(), List.of(cite("On February 26, 1992 Azerbaijan witnessed"))),
                        new FactCardDeck(BlockId.random(), List.of(CARD)),
                        new Quiz(BlockId.random(), List.of(QUESTION), QuizSettings.DEFAULTS),
                        new Timeline(BlockId.random(), List.of(new TimelineEntry("26 February 1992", "Attack on Khojaly",
                                cite("On February 26, 1992")))),
                        new DiscussionPrompt(BlockId.random(), "Why might a government publish this statement?"),
                        new SourceAnalysis(BlockId.random(), SampleItems.DOCUMENT, "A government statement, 2021",
                                "Commemoration", "Azerbaijani", "", "Armenian accounts")));
    }

    private static Lesson with(Block block) {
        return Lesson.titled("Khojaly").withBlocks(List.of(block));
    }

    private static Arguments invalid(String rule, Lesson lesson, String code, String message) {
        return Arguments.of(rule, lesson, new Problem(code, message));
    }
}
