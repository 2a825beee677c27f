package org.sourcebook.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.item.ItemService;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.testsupport.ParallelEdits;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Lessons as they must be stored on every supported database. */
@SpringBootTest
abstract class LessonServiceContract {

    @Autowired
    LessonService lessons;

    @Autowired
    TestTeachers teachers;

    @Autowired
    ItemService items;

    @Autowired
    PlatformTransactionManager transactionManager;

    private SignedIn teacher;

    @BeforeEach
    void signInAFreshTeacher() {
        teacher = teachers.newTeacher();
    }

    @Test
    void aLessonWithEveryBlockKindReadsBackExactly() {
        Lesson lesson = sample();

        StoredLesson stored = teacher.get(() -> lessons.add(lesson));

        assertThat(stored.lesson()).isEqualTo(lesson);
        assertThat(teacher.get(() -> lessons.findElseThrow(lesson.id())).lesson()).isEqualTo(lesson);
        assertThat(teacher.get(lessons::myLessons)).extracting(StoredLesson::lesson).containsExactly(lesson);
    }

    @Test
    void twoTeachersEditingOneVersionGetAConflictForTheSecondSave() {
        Lesson lesson = sample();
        long loaded = teacher.get(() -> lessons.add(lesson)).version();
        teacher.run(() -> lessons.update(new Lesson(lesson.id(), "First title", "", List.of(), lesson.blocks()), loaded));

        assertThatThrownBy(() -> teacher.run(
                        () -> lessons.update(new Lesson(lesson.id(), "Second title", "", List.of(), lesson.blocks()), loaded)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(teacher.get(() -> lessons.findElseThrow(lesson.id())).lesson().title()).isEqualTo("First title");
    }

    @Test
    void sixEditorsSavingOneVersionAtOnceGetOneSaveAndConflictsAndLoseNoChangeOnRetry() throws Exception {
        Lesson lesson = sample();
        teacher.run(() -> lessons.add(lesson));
        int editors = 6;

        ParallelEdits.Outcome outcome = ParallelEdits.run(editors, new TransactionTemplate(transactionManager), teacher,
                () -> lessons.findElseThrow(lesson.id()),
                (editor, loaded) -> lessons.update(withObjective(loaded.lesson(), "Objective of editor " + editor),
                        loaded.version()));

        List<String> objectives = teacher.get(() -> lessons.findElseThrow(lesson.id())).lesson().objectives();
        assertThat(outcome.firstRoundSaves()).as("saves of the version all editors loaded").isEqualTo(1);
        assertThat(outcome.refusedWrites()).as("losers refused by the database, reported as conflicts")
                .isEqualTo(editors - 1);
        assertThat(outcome.conflicts()).isGreaterThanOrEqualTo(editors - 1);
        assertThat(objectives).filteredOn(text -> text.startsWith("Objective of editor")).hasSize(editors)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, editors)
                        .mapToObj(i -> "Objective of editor " + i).toList());
        assertThat(teacher.get(() -> lessons.history(lesson.id()))).hasSize(editors + 1);
    }

    private static Lesson withObjective(Lesson lesson, String objective) {
        List<String> objectives = new ArrayList<>(lesson.objectives());
        objectives.add(objective);
        return new Lesson(lesson.id(), lesson.title(), lesson.summary(), objectives, lesson.blocks());
    }

    @Test
    void anotherTeachersLessonReadsAsMissingAndStudentsAreRefused() {
        Lesson lesson = sample();
        teacher.run(() -> lessons.add(lesson));

        assertThatThrownBy(() -> teachers.newTeacher().get(() -> lessons.findElseThrow(lesson.id())))
                .isInstanceOf(NoSuchLessonException.class);
        assertThatThrownBy(() -> SignedIn.as("pupil", Role.STUDENT).get(lessons::myLessons))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void newLessonsAreDraftsAndEverySaveIsARevisionThatCanBeRestored() {
        Lesson lesson = sample();
        StoredLesson added = teacher.get(() -> lessons.add(lesson));
        Lesson renamed = new Lesson(lesson.id(), "Renamed", "", List.of(), lesson.blocks());
        StoredLesson saved = teacher.get(() -> lessons.update(renamed, added.version()));

        List<LessonRevision> history = teacher.get(() -> lessons.history(lesson.id()));
        assertThat(added.status()).isEqualTo(LessonStatus.DRAFT);
        assertThat(history).extracting(LessonRevision::number, LessonRevision::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Renamed"),
                        org.assertj.core.groups.Tuple.tuple(1, lesson.title()));
        assertThat(history.get(0).savedBy()).isEqualTo("Teacher");

        StoredLesson restored = teacher.get(() -> lessons.restore(lesson.id(), 1, saved.version()));

        assertThat(restored.lesson()).isEqualTo(lesson);
        assertThat(teacher.get(() -> lessons.history(lesson.id()))).extracting(LessonRevision::number)
                .containsExactly(3, 2, 1);
        assertThatThrownBy(() -> teacher.run(() -> lessons.restore(lesson.id(), 2, saved.version())))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aCopyHasNewIdsTheSameContentAndIsADraft() {
        Lesson lesson = sample();
        teacher.run(() -> lessons.add(lesson));

        StoredLesson copy = teacher.get(() -> lessons.saveAsCopy(lesson));

        assertThat(copy.lesson().id()).isNotEqualTo(lesson.id());
        assertThat(copy.lesson().title()).isEqualTo(lesson.title());
        assertThat(copy.status()).isEqualTo(LessonStatus.DRAFT);
        assertThat(copy.lesson().blocks()).hasSameSizeAs(lesson.blocks());
        assertThat(copy.lesson().blocks()).extracting(Block::id)
                .doesNotContainAnyElementsOf(lesson.blocks().stream().map(Block::id).toList());
        assertThat(copy.lesson().blocks()).extracting(Block::kind)
                .containsExactlyElementsOf(lesson.blocks().stream().map(Block::kind).toList());
        assertThat(teacher.get(lessons::myLessons)).hasSize(2);
    }

    @Test
    void publishingRefusesProblemsAndItemsThatAreNotAcceptedOrNotTheTeachers() {
        Item card = teacher.get(() -> items.add(List.of(SampleItems.factCard().withCitations(List.of())))).get(0).item();
        Item question = teacher.get(() -> items.add(List.of(SampleItems.trueFalse().withCitations(List.of())))).get(0).item();
        Item strangers = teachers.newTeacher()
                .get(() -> items.add(List.of(SampleItems.factCard().withCitations(List.of())))).get(0).item();
        Lesson lesson = new Lesson(LessonId.random(), "", "", List.of(), List.of(
                new FactCardDeck(BlockId.random(), List.of(card.id(), strangers.id())),
                new Quiz(BlockId.random(), List.of(question.id()), QuizSettings.DEFAULTS),
                new DiscussionPrompt(BlockId.random(), "Why?")));
        StoredLesson stored = teacher.get(() -> lessons.add(lesson));

        assertThatThrownBy(() -> teacher.run(() -> lessons.publish(lesson.id(), stored.version())))
                .isInstanceOfSatisfying(PublishRefusedException.class, refused -> assertThat(refused.reasons())
                        .extracting(Problem::code)
                        .containsExactly("lesson-title-blank", "lesson-item-not-accepted", "lesson-item-missing"));

        teacher.run(() -> items.update(card.withStatus(ItemStatus.ACCEPTED), items.findElseThrow(card.id()).version()));
        teacher.run(() -> items.update(question.withStatus(ItemStatus.ACCEPTED),
                items.findElseThrow(question.id()).version()));
        Lesson fixed = new Lesson(lesson.id(), "Khojaly", "", List.of(), List.of(
                new FactCardDeck(lesson.blocks().get(0).id(), List.of(card.id())), lesson.blocks().get(1),
                lesson.blocks().get(2)));
        StoredLesson saved = teacher.get(() -> lessons.update(fixed, stored.version()));
        assertThat(teacher.get(() -> lessons.publishProblems(lesson.id()))).isEmpty();

        StoredLesson published = teacher.get(() -> lessons.publish(lesson.id(), saved.version()));

        assertThat(published.status()).isEqualTo(LessonStatus.PUBLISHED);
        assertThat(teacher.get(() -> lessons.findElseThrow(lesson.id())).status()).isEqualTo(LessonStatus.PUBLISHED);
        assertThat(teacher.get(() -> lessons.unpublish(lesson.id(), published.version())).status())
                .isEqualTo(LessonStatus.DRAFT);
    }

    @Test
    void aDeckOfQuestionsOrAQuizOfCardsIsRefused() {
        Item card = teacher.get(() -> items.add(List.of(SampleItems.factCard().withCitations(List.of())
                .withStatus(ItemStatus.ACCEPTED)))).get(0).item();
        Item question = teacher.get(() -> items.add(List.of(SampleItems.trueFalse().withCitations(List.of())
                .withStatus(ItemStatus.ACCEPTED)))).get(0).item();
        Lesson lesson = new Lesson(LessonId.random(), "Mixed up", "", List.of(), List.of(
                new FactCardDeck(BlockId.random(), List.of(question.id())),
                new Quiz(BlockId.random(), List.of(card.id()), QuizSettings.DEFAULTS)));
        teacher.run(() -> lessons.add(lesson));

        assertThat(teacher.get(() -> lessons.publishProblems(lesson.id()))).extracting(Problem::code)
                .containsExactly("lesson-deck-item-not-card", "lesson-quiz-item-not-question");
    }

    @Test
    void anotherTeacherCannotPublishRestoreOrReadTheHistoryAndStudentsAreRefused() {
        Lesson lesson = sample();
        long version = teacher.get(() -> lessons.add(lesson)).version();
        SignedIn other = teachers.newTeacher();

        assertThatThrownBy(() -> other.run(() -> lessons.history(lesson.id()))).isInstanceOf(NoSuchLessonException.class);
        assertThatThrownBy(() -> other.run(() -> lessons.restore(lesson.id(), 1, version)))
                .isInstanceOf(NoSuchLessonException.class);
        assertThatThrownBy(() -> other.run(() -> lessons.publish(lesson.id(), version)))
                .isInstanceOf(NoSuchLessonException.class);
        assertThatThrownBy(() -> other.run(() -> lessons.unpublish(lesson.id(), version)))
                .isInstanceOf(NoSuchLessonException.class);
        assertThatThrownBy(() -> other.run(() -> lessons.update(lesson, version)))
                .isInstanceOf(NoSuchLessonException.class);
        SignedIn student = SignedIn.as("pupil", Role.STUDENT);
        assertThatThrownBy(() -> student.run(() -> lessons.history(lesson.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> student.run(() -> lessons.saveAsCopy(lesson))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> student.run(() -> lessons.publish(lesson.id(), version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(teacher.get(() -> lessons.findElseThrow(lesson.id())).version()).isEqualTo(version);
    }

    private static Lesson sample() {
        return LessonSamples.everyBlockKind(SampleItems.cite("On February 26, 1992"), List.of(ItemId.random()),
                List.of(ItemId.random(), ItemId.random()));
    }

    @Test
    void publishingNamesEachBlockingItemWithItsBlock() {
        Item draft = teacher.get(() -> items.add(List.of(SampleItems.trueFalse().withCitations(List.of())
                .withStatus(ItemStatus.DRAFT)))).get(0).item();
        Item accepted = teacher.get(() -> items.add(List.of(SampleItems.numeric().withCitations(List.of())
                .withStatus(ItemStatus.ACCEPTED)))).get(0).item();
        Quiz quiz = new Quiz(BlockId.random(), List.of(accepted.id(), draft.id()), QuizSettings.DEFAULTS);
        Lesson lesson = new Lesson(LessonId.random(), "Drafted", "", List.of(), List.of(quiz));
        StoredLesson stored = teacher.get(() -> lessons.add(lesson));

        assertThatThrownBy(() -> teacher.run(() -> lessons.publish(lesson.id(), stored.version())))
                .isInstanceOfSatisfying(PublishRefusedException.class, refused -> assertThat(refused.blockers())
                        .containsExactly(new PublishBlocker(new Problem("lesson-item-not-accepted", "every item must be accepted"),
                                quiz.id(), draft.id())));
        assertThat(teacher.get(() -> lessons.blockersOf(lesson))).extracting(PublishBlocker::item).containsExactly(draft.id());
    }

    @Test
    void rejectingItemsTakesThemOutOfTheTeachersLessonsAndUndoingPutsThemBack() {
        List<Item> drafts = teacher.get(() -> items.add(List.of(
                SampleItems.trueFalse().withCitations(List.of()).withStatus(ItemStatus.DRAFT),
                SampleItems.numeric().withCitations(List.of()).withStatus(ItemStatus.DRAFT),
                SampleItems.singleChoice().withCitations(List.of()).withStatus(ItemStatus.DRAFT)))).stream()
                .map(org.sourcebook.item.StoredItem::item).toList();
        Quiz quiz = new Quiz(BlockId.random(), drafts.stream().map(Item::id).toList(), QuizSettings.DEFAULTS);
        Lesson lesson = new Lesson(LessonId.random(), "Drafted from a document", "", List.of(), List.of(quiz));
        teacher.run(() -> lessons.add(lesson));
        List<ItemId> rejected = List.of(drafts.get(0).id(), drafts.get(2).id());
        List<ItemPlace> places = teacher.get(() -> lessons.placesOf(rejected));

        List<org.sourcebook.item.StoredItem> changed = teacher.get(() -> items.rejectAll(java.util.Map.of(
                drafts.get(0).id(), items.findElseThrow(drafts.get(0).id()).version(),
                drafts.get(2).id(), items.findElseThrow(drafts.get(2).id()).version())));

        assertThat(((Quiz) teacher.get(() -> lessons.findElseThrow(lesson.id())).lesson().blocks().get(0)).questions())
                .containsExactly(drafts.get(1).id());

        teacher.run(() -> items.revertStatuses(changed, java.util.Map.of(drafts.get(0).id(), ItemStatus.DRAFT,
                drafts.get(2).id(), ItemStatus.DRAFT)));
        teacher.run(() -> lessons.putBack(places));

        assertThat(((Quiz) teacher.get(() -> lessons.findElseThrow(lesson.id())).lesson().blocks().get(0)).questions())
                .containsExactlyElementsOf(quiz.questions());
        assertThat(teacher.get(() -> items.findElseThrow(drafts.get(0).id())).item().status()).isEqualTo(ItemStatus.DRAFT);
    }
}
