package org.sourcebook.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.attempt.NoSuchAttemptException;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.attempt.TeacherAttemptService;
import org.sourcebook.cardreview.CardReviewService;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.NoSuchClassException;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.review.Rating;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.drafting.DraftOptions;
import org.sourcebook.drafting.DraftingService;
import org.sourcebook.exchange.BundleService;
import org.sourcebook.exchange.ItemExchangeService;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.item.ItemService;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.results.AttemptSelection;
import org.sourcebook.results.GradebookService;
import org.sourcebook.results.ResultsService;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.NoSuchDocumentException;
import org.sourcebook.source.StoredFile;
import org.sourcebook.testsupport.PublishedLessons.Published;
import org.sourcebook.testsupport.PublishedLessons;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tampering with ids: a signed-in person who names someone else's attempt, lesson, class or
 * document reaches nothing of it, on every supported database. Complements the per-service
 * contracts (see docs/security.md for the full list of doors and where each is tested); each
 * check below also confirms the owner's data is unchanged afterwards.
 */
@SpringBootTest
abstract class OwnershipContract {

    @Autowired
    PublishedLessons publishing;

    @Autowired
    TestTeachers people;

    @Autowired
    QuizAttemptService attempts;

    @Autowired
    TeacherAttemptService teacherAttempts;

    @Autowired
    ResultsService results;

    @Autowired
    GradebookService gradebooks;

    @Autowired
    ClassService classes;

    @Autowired
    LessonService lessons;

    @Autowired
    PublishedLessonService published;

    @Autowired
    CardReviewService cardReview;

    @Autowired
    ItemService items;

    @Autowired
    ItemExchangeService exchange;

    @Autowired
    BundleService bundles;

    @Autowired
    DocumentService documents;

    @Autowired
    DraftingService drafting;

    private Published quizLesson() {
        return publishing.publish(List.of(SampleItems.factCard()), List.of(SampleItems.singleChoice()),
                QuizSettings.DEFAULTS);
    }

    @Test
    void anotherStudentCanNeitherReviewNorCheckASubmittedAttempt() {
        Published lesson = quizLesson();
        SignedIn owner = lesson.enrol(people.newStudent());
        QuizAttempt submitted = lesson.take(owner, "b");
        SignedIn classmate = lesson.enrol(people.newStudent());
        ItemId question = lesson.questions().get(0).id();

        refusedWith(NoSuchAttemptException.class, classmate, () -> attempts.review(submitted.id()));
        refusedWith(NoSuchAttemptException.class, classmate,
                () -> attempts.check(submitted.id(), question, ChoiceResponse.of("a"), 9));
        refusedWith(NoSuchAttemptException.class, classmate,
                () -> attempts.save(submitted.id(), question, ChoiceResponse.of("a"), 9));

        assertThat(owner.get(() -> attempts.review(submitted.id()))).isNotNull();
        assertThat(owner.get(() -> attempts.find(submitted.id())).answers().answers()).hasSize(1);
    }

    @Test
    void anotherTeacherReachesNoAttemptAtMyLessonAndCannotRegradeIt() {
        Published lesson = quizLesson();
        SignedIn student = lesson.enrol(people.newStudent());
        AttemptId attempt = lesson.take(student, "b").id();
        SignedIn colleague = people.newTeacher();

        refusedWith(NoSuchAttemptException.class, colleague, () -> teacherAttempts.find(attempt));
        refusedWith(NoSuchAttemptException.class, colleague,
                () -> teacherAttempts.regrade(attempt, lesson.questions()));
        refusedWith(NoSuchAttemptException.class, colleague, () -> results.attempt(attempt));
        refusedWith(NoSuchLessonException.class, colleague, () -> teacherAttempts.submitted(lesson.id(), lesson.quiz()));
        refusedWith(NoSuchLessonException.class, colleague, () -> results.results(lesson.id(), AttemptSelection.ALL));
        refusedWith(NoSuchLessonException.class, colleague, () -> results.regradeDryRun(lesson.id(), lesson.quiz()));
        refusedWith(NoSuchLessonException.class, colleague, () -> results.regrade(lesson.id(), lesson.quiz()));

        assertThat(lesson.teacher().get(() -> teacherAttempts.find(attempt))).isNotNull();
    }

    @Test
    void anotherTeacherCannotReadEnrolIntoOrAssignToMyClass() {
        Published lesson = quizLesson();
        SignedIn member = lesson.enrol(people.newStudent());
        SignedIn colleague = people.newTeacher();
        Published theirLesson = quizLesson();
        long memberId = lesson.teacher().get(() -> classes.members(lesson.schoolClass())).get(0).id();
        long newcomer = lesson.teacher().get(() -> classes.searchStudents(people.newStudent().username())).get(0).id();

        refusedWith(NoSuchClassException.class, colleague, () -> classes.members(lesson.schoolClass()));
        refusedWith(NoSuchClassException.class, colleague, () -> classes.enrol(lesson.schoolClass(), List.of(newcomer)));
        refusedWith(NoSuchClassException.class, colleague, () -> classes.previewCsv(lesson.schoolClass(), "username\n"));
        refusedWith(NoSuchClassException.class, colleague, () -> classes.enrolCsv(lesson.schoolClass(), "username\n"));
        refusedWith(NoSuchClassException.class, colleague, () -> {
            classes.remove(lesson.schoolClass(), memberId);
            return null;
        });
        refusedWith(NoSuchClassException.class, colleague, () -> classes.assignments(lesson.schoolClass()));
        refusedWith(NoSuchClassException.class, colleague, () -> gradebooks.gradebook(lesson.schoolClass()));
        refusedWith(NoSuchClassException.class, theirLesson.teacher(),
                () -> classes.assign(lesson.schoolClass(), theirLesson.id(), null, null));
        var assignment = lesson.teacher().get(() -> classes.assignments(lesson.schoolClass())).get(0);
        refusedWith(NoSuchClassException.class, colleague, () -> {
            classes.unassign(assignment.id());
            return null;
        });
        refusedWith(NoSuchClassException.class, colleague, () -> classes.changeAssignment(assignment.id(), null, null));

        assertThat(lesson.teacher().get(() -> classes.members(lesson.schoolClass()))).hasSize(1);
        assertThat(lesson.teacher().get(() -> classes.assignments(lesson.schoolClass()))).hasSize(1);
        assertThat(member.get(published::openLessons)).hasSize(1);
    }

    @Test
    void aStudentReachesNothingOfAPublishedLessonNotAssignedToThem() {
        Published lesson = quizLesson();
        SignedIn outsider = people.newStudent();
        ItemId card = lesson.cards().get(0).id();

        refusedWith(NoSuchLessonException.class, outsider, () -> published.open(lesson.id()));
        refusedWith(NoSuchLessonException.class, outsider, () -> attempts.status(lesson.id(), lesson.quiz()));
        refusedWith(NoSuchLessonException.class, outsider, () -> attempts.startOrResume(lesson.id(), lesson.quiz()));
        refusedWith(IllegalArgumentException.class, outsider, () -> cardReview.rate(card, Rating.GOOD, 0));
        assertThat(outsider.get(() -> cardReview.memories(List.of(card))).get(card).reviews())
                .as("the refused rating left no review").isZero();
    }

    @Test
    void anotherTeachersDraftLessonCannotBeOpenedExportedOrAssigned() {
        SignedIn owner = people.newTeacher();
        Lesson draft = Lesson.titled("My unpublished plans");
        owner.run(() -> lessons.add(draft));
        SignedIn colleague = people.newTeacher();
        SchoolClass theirClass = colleague.get(() -> classes.create("Their class"));
        SignedIn student = people.newStudent();

        refusedWith(NoSuchLessonException.class, colleague, () -> lessons.findElseThrow(draft.id()));
        refusedWith(NoSuchLessonException.class, colleague, () -> exchange.exportLesson(draft.id(), ItemFormat.GIFT));
        refusedWith(NoSuchLessonException.class, colleague, () -> classes.assign(theirClass.id(), draft.id(), null, null));
        refusedWith(NoSuchLessonException.class, colleague, () -> lessons.publishProblems(draft.id()));
        refusedWith(NoSuchLessonException.class, student, () -> published.open(draft.id()));
        assertThat(colleague.get(bundles::exportMine)).doesNotContain("My unpublished plans");
    }

    @Test
    void anotherTeachersDocumentCannotBeReadOrDraftedFrom() {
        SignedIn colleague = people.newTeacher();
        DocumentId unknownToColleague = DocumentId.random();
        SignedIn owner = people.newTeacher();
        DocumentSummary mine = owner.get(() -> documents.importText("Khojaly was attacked on 26 February 1992.",
                DocumentMetadata.titled("Mine"), new StoredFile(null, "TXT", 42)));

        refusedWith(NoSuchDocumentException.class, colleague, () -> documents.findVersionElseThrow(mine.id(), 1));
        refusedWith(NoSuchDocumentException.class, colleague, () -> documents.allVersions(mine.id()));
        refusedWith(NoSuchDocumentException.class, colleague, () -> drafting.draftFrom(mine.id(), 1, DraftOptions.DEFAULTS));
        refusedWith(NoSuchDocumentException.class, colleague, () -> drafting.draftFrom(unknownToColleague, 1, DraftOptions.DEFAULTS));
        assertThat(owner.get(() -> documents.findVersionElseThrow(mine.id(), 1))).isNotNull();
    }

    @Test
    void aStudentIsRefusedByEveryTeacherService() {
        Published lesson = quizLesson();
        SignedIn student = lesson.enrol(people.newStudent());
        AttemptId attempt = lesson.take(student, "a").id();

        Stream.<Supplier<?>>of(
                        lessons::myLessons,
                        () -> lessons.findElseThrow(lesson.id()),
                        items::myItems,
                        () -> items.findElseThrow(lesson.questions().get(0).id()),
                        classes::myClasses,
                        () -> classes.members(lesson.schoolClass()),
                        () -> gradebooks.gradebook(lesson.schoolClass()),
                        () -> results.results(lesson.id(), AttemptSelection.ALL),
                        () -> results.attempt(attempt),
                        () -> teacherAttempts.find(attempt),
                        () -> exchange.exportLesson(lesson.id(), ItemFormat.JSON),
                        bundles::exportMine,
                        documents::myDocuments)
                .forEach(call -> refusedWith(AccessDeniedException.class, student, call));
    }

    private static void refusedWith(Class<? extends Throwable> refusal, SignedIn who, Supplier<?> call) {
        ThrowingCallable asThem = () -> who.get(call);
        assertThatThrownBy(asThem).isInstanceOf(refusal);
    }
}
