package org.sourcebook.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.account.AccountService;
import org.sourcebook.account.StudentRef;
import org.sourcebook.classes.ClassRefusedException.Reason;
import org.sourcebook.classes.EnrolmentPreview.Problem;
import org.sourcebook.classes.EnrolmentPreview.Row;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.lesson.LessonStatus;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.lesson.PublishedLessonSummary;
import org.sourcebook.study.StudyService;
import org.sourcebook.testsupport.MutableClock;
import org.sourcebook.testsupport.PublishedLessons;
import org.sourcebook.testsupport.PublishedLessons.Published;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Classes, enrolment and assignments, and what students reach through them, on every supported database. */
@SpringBootTest
abstract class ClassServiceContract {

    @Autowired
    ClassService classes;

    @Autowired
    LessonService lessons;

    @Autowired
    PublishedLessonService published;

    @Autowired
    StudyService study;

    @Autowired
    PublishedLessons publishing;

    @Autowired
    TestTeachers people;

    @Autowired
    MutableClock clock;

    @Autowired
    AccountService accounts;

    private StudentRef ref(SignedIn teacher, SignedIn student) {
        return teacher.get(() -> classes.searchStudents(student.username())).stream()
                .filter(found -> found.username().equals(student.username())).findFirst().orElseThrow();
    }

    @Test
    void teachersCreateRenameListAndDeleteTheirOwnClasses() {
        SignedIn teacher = people.newTeacher();
        SignedIn other = people.newTeacher();
        SchoolClass created = teacher.get(() -> classes.create("  Class 9A "));

        assertThat(created.name()).isEqualTo("Class 9A");
        assertThat(teacher.get(() -> classes.rename(created.id(), "Class 9B")).name()).isEqualTo("Class 9B");
        assertThat(teacher.get(classes::myClasses)).extracting(SchoolClass::name).containsExactly("Class 9B");
        assertThat(other.get(classes::myClasses)).isEmpty();
        assertThatThrownBy(() -> other.run(() -> classes.find(created.id()))).isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> other.run(() -> classes.rename(created.id(), "Mine")))
                .isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> other.run(() -> classes.delete(created.id()))).isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> teacher.run(() -> classes.rename(created.id(), " ")))
                .isInstanceOf(ClassRefusedException.class).extracting("reason").isEqualTo(Reason.NAME_INVALID);
        assertThatThrownBy(() -> teacher.run(() -> classes.create("x".repeat(ClassService.NAME_MAX + 1))))
                .isInstanceOf(ClassRefusedException.class);

        teacher.run(() -> classes.delete(created.id()));
        assertThat(teacher.get(classes::myClasses)).isEmpty();
    }

    @Test
    void onlyTeachersUseClasses() {
        SignedIn student = people.newStudent();
        SchoolClass mine = people.newTeacher().get(() -> classes.create("Class"));

        assertThatThrownBy(() -> student.run(classes::myClasses)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> student.run(() -> classes.create("Mine"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> student.run(() -> classes.members(mine.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> student.run(() -> classes.searchStudents("student")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as("admin", org.sourcebook.content.account.Role.ADMIN)
                .run(classes::myClasses)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void teachersFindStudentsByNameAndEnrolAndRemoveThem() {
        SignedIn teacher = people.newTeacher();
        SignedIn student = people.newStudent();
        SignedIn colleague = people.newTeacher();
        SchoolClass schoolClass = teacher.get(() -> classes.create("Class"));

        List<StudentRef> found = teacher.get(() -> classes.searchStudents(student.username().toUpperCase()));
        assertThat(found).extracting(StudentRef::username).contains(student.username());
        assertThat(teacher.get(() -> classes.searchStudents(colleague.username()))).isEmpty();
        assertThat(teacher.get(() -> classes.searchStudents("%"))).isEmpty();

        long id = found.get(0).id();
        assertThat(teacher.get(() -> classes.enrol(schoolClass.id(), List.of(id, id)))).isEqualTo(1);
        assertThat(teacher.get(() -> classes.enrol(schoolClass.id(), List.of(id)))).isZero();
        assertThat(teacher.get(() -> classes.members(schoolClass.id()))).extracting(StudentRef::username)
                .containsExactly(student.username());
        assertThat(teacher.get(() -> classes.find(schoolClass.id())).members()).isEqualTo(1);
        long colleagueId = colleague.get(() -> accounts.currentAccount().id());
        assertThatThrownBy(() -> teacher.run(() -> classes.enrol(schoolClass.id(), List.of(colleagueId))))
                .isInstanceOf(ClassRefusedException.class).extracting("reason").isEqualTo(Reason.NOT_A_STUDENT);
        assertThatThrownBy(() -> colleague.run(() -> classes.members(schoolClass.id())))
                .isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> colleague.run(() -> classes.remove(schoolClass.id(), id)))
                .isInstanceOf(NoSuchClassException.class);

        teacher.run(() -> classes.remove(schoolClass.id(), id));
        assertThat(teacher.get(() -> classes.members(schoolClass.id()))).isEmpty();
    }

    @Test
    void aClassListIsCheckedRowByRowAndOnlyItsValidRowsAreEnrolled() {
        SignedIn teacher = people.newTeacher();
        SignedIn first = people.newStudent();
        SignedIn second = people.newStudent();
        SignedIn enrolled = people.newStudent();
        SignedIn colleague = people.newTeacher();
        SchoolClass schoolClass = teacher.get(() -> classes.create("Class"));
        teacher.run(() -> classes.enrol(schoolClass.id(), List.of(ref(teacher, enrolled).id())));
        String csv = "Username,firstname\n"
                + first.username() + ",Ann\n"
                + "\"" + second.username() + "\",\"Bob, junior\"\n"
                + "nobody-" + System.nanoTime() + ",X\n"
                + colleague.username() + ",Y\n"
                + enrolled.username() + ",Z\n"
                + first.username() + ",Ann again\n"
                + ",blank\n";

        EnrolmentPreview preview = teacher.get(() -> classes.previewCsv(schoolClass.id(), csv));

        assertThat(preview.rows()).extracting(Row::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(preview.rows()).extracting(Row::problem).containsExactly(null, null, Problem.UNKNOWN_USERNAME,
                Problem.NOT_A_STUDENT, Problem.ALREADY_ENROLLED, Problem.DUPLICATE_ROW, Problem.BLANK_USERNAME);
        assertThat(preview.errors()).isEqualTo(5);
        assertThat(teacher.get(() -> classes.members(schoolClass.id()))).hasSize(1);

        teacher.run(() -> classes.enrolCsv(schoolClass.id(), csv));
        assertThat(teacher.get(() -> classes.members(schoolClass.id()))).extracting(StudentRef::username)
                .containsExactlyInAnyOrder(first.username(), second.username(), enrolled.username());
        assertThatThrownBy(() -> teacher.run(() -> classes.previewCsv(schoolClass.id(), "name\nann\n")))
                .isInstanceOf(ClassRefusedException.class).extracting("reason").isEqualTo(Reason.CSV_INVALID);
        assertThatThrownBy(() -> teacher.run(() -> classes.previewCsv(schoolClass.id(), "username\n\"broken\n")))
                .isInstanceOf(ClassRefusedException.class).extracting("reason").isEqualTo(Reason.CSV_INVALID);
        assertThatThrownBy(() -> teacher.run(() -> classes.previewCsv(schoolClass.id(), "")))
                .isInstanceOf(ClassRefusedException.class);
    }

    @Test
    void onlyOwnPublishedLessonsAreAssignedWithTheDueDateAfterTheOpening() {
        Published lesson = publishing.publish(List.of(SampleItems.factCard()), List.of(), QuizSettings.DEFAULTS);
        SignedIn teacher = lesson.teacher();
        SignedIn colleague = people.newTeacher();
        SchoolClass schoolClass = teacher.get(() -> classes.create("Second class"));
        LessonId draft = teacher.get(() -> lessons.add(Lesson.titled("Draft")).lesson().id());
        Instant opens = clock.instant().plus(Duration.ofDays(1));
        Instant due = opens.plus(Duration.ofDays(7));

        Assignment assigned = teacher.get(() -> classes.assign(schoolClass.id(), lesson.id(), opens, due));

        assertThat(assigned.lessonTitle()).isEqualTo(lesson.lesson().title());
        assertThat(teacher.get(() -> classes.assignments(schoolClass.id()))).containsExactly(assigned);
        assertThatThrownBy(() -> teacher.run(() -> classes.assign(schoolClass.id(), lesson.id(), null, null)))
                .isInstanceOf(ClassRefusedException.class).extracting("reason").isEqualTo(Reason.ALREADY_ASSIGNED);
        assertThatThrownBy(() -> teacher.run(() -> classes.assign(schoolClass.id(), draft, null, null)))
                .isInstanceOf(ClassRefusedException.class).extracting("reason").isEqualTo(Reason.LESSON_NOT_PUBLISHED);
        assertThatThrownBy(() -> teacher.run(() -> classes.changeAssignment(assigned.id(), due, opens)))
                .isInstanceOf(ClassRefusedException.class).extracting("reason").isEqualTo(Reason.DUE_BEFORE_OPENS);
        SchoolClass theirs = colleague.get(() -> classes.create("Theirs"));
        assertThatThrownBy(() -> colleague.run(() -> classes.assign(theirs.id(), lesson.id(), null, null)))
                .isInstanceOf(NoSuchLessonException.class);
        assertThatThrownBy(() -> colleague.run(() -> classes.changeAssignment(assigned.id(), null, null)))
                .isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> colleague.run(() -> classes.unassign(assigned.id())))
                .isInstanceOf(NoSuchClassException.class);
        assertThatThrownBy(() -> teacher.run(() -> classes.delete(schoolClass.id())))
                .isInstanceOf(ClassRefusedException.class).extracting("reason").isEqualTo(Reason.HAS_ASSIGNMENTS);

        assertThat(teacher.get(() -> classes.changeAssignment(assigned.id(), null, due)).opensAt()).isNull();
        teacher.run(() -> classes.unassign(assigned.id()));
        assertThat(teacher.get(() -> classes.assignments(schoolClass.id()))).isEmpty();
        teacher.run(() -> classes.delete(schoolClass.id()));
    }

    @Test
    void studentsReachOnlyLessonsAssignedToTheirClassesOnceTheyOpen() {
        Published lesson = publishing.publish(List.of(SampleItems.factCard()), List.of(), QuizSettings.DEFAULTS);
        SignedIn teacher = lesson.teacher();
        SignedIn member = lesson.enrol(people.newStudent());
        SignedIn outsider = people.newStudent();
        SignedIn otherClass = people.newStudent();
        SchoolClass second = teacher.get(() -> classes.create("Other class"));
        teacher.run(() -> classes.enrol(second.id(), List.of(ref(teacher, otherClass).id())));
        Instant due = clock.instant().plus(Duration.ofDays(5));
        Assignment assignment = teacher.get(() -> classes.assignments(lesson.schoolClass())).get(0);

        assertThat(member.get(published::openLessons)).extracting(PublishedLessonSummary::id).containsExactly(lesson.id());
        assertThat(member.get(() -> published.open(lesson.id())).lesson().title()).isEqualTo(lesson.lesson().title());
        assertThat(outsider.get(published::openLessons)).isEmpty();
        assertThatThrownBy(() -> outsider.run(() -> published.open(lesson.id()))).isInstanceOf(NoSuchLessonException.class);
        assertThat(outsider.get(published::openDeckCards)).isEmpty();
        assertThat(otherClass.get(published::openLessons)).isEmpty();

        Instant opens = clock.instant().plus(Duration.ofHours(2));
        teacher.run(() -> classes.changeAssignment(assignment.id(), opens, due));
        assertThat(member.get(published::openLessons)).isEmpty();
        assertThatThrownBy(() -> member.run(() -> published.open(lesson.id()))).isInstanceOf(NoSuchLessonException.class);

        clock.advance(Duration.ofHours(3));
        assertThat(member.get(published::openLessons)).extracting(PublishedLessonSummary::due).containsExactly(due);
        assertThat(member.get(() -> study.progress(lesson.id())).due()).isEqualTo(due);
        assertThat(member.get(published::openDeckCards)).hasSize(1);

        teacher.run(() -> classes.remove(lesson.schoolClass(), ref(teacher, member).id()));
        assertThat(member.get(published::openLessons)).isEmpty();
    }

    @Test
    void editsToAPublishedLessonReachStudentsOnlyWhenTheTeacherPublishesThem() {
        Published lesson = publishing.publish(List.of(SampleItems.factCard()), List.of(), QuizSettings.DEFAULTS);
        SignedIn teacher = lesson.teacher();
        SignedIn member = lesson.enrol(people.newStudent());
        String publishedTitle = lesson.lesson().title();
        StoredLesson before = teacher.get(() -> lessons.findElseThrow(lesson.id()));
        assertThat(before.unpublishedChanges()).isFalse();

        StoredLesson edited = teacher.get(() -> lessons.update(new Lesson(lesson.id(), "Edited title", "",
                List.of(), List.of()), before.version()));

        assertThat(edited.status()).isEqualTo(LessonStatus.PUBLISHED);
        assertThat(edited.unpublishedChanges()).isTrue();
        assertThat(member.get(() -> published.open(lesson.id())).lesson().title()).as("students keep the published revision")
                .isEqualTo(publishedTitle);
        assertThat(member.get(() -> published.open(lesson.id())).lesson().blocks()).hasSize(1);
        assertThat(member.get(published::openDeckCards)).hasSize(1);

        StoredLesson republished = teacher.get(() -> lessons.publish(lesson.id(), edited.version()));

        assertThat(republished.unpublishedChanges()).isFalse();
        assertThat(member.get(() -> published.open(lesson.id())).lesson().title()).isEqualTo("Edited title");
        assertThat(member.get(published::openDeckCards)).isEmpty();

        StoredLesson again = teacher.get(() -> lessons.update(new Lesson(lesson.id(), "Second edit", "", List.of(),
                List.of()), republished.version()));
        StoredLesson discarded = teacher.get(() -> lessons.discardUnpublishedChanges(lesson.id(), again.version()));
        assertThat(discarded.lesson().title()).isEqualTo("Edited title");
        assertThat(discarded.unpublishedChanges()).isFalse();
        assertThat(member.get(() -> published.open(lesson.id())).lesson().title()).isEqualTo("Edited title");
    }
}
