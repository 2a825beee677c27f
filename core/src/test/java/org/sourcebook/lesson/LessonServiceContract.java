package org.sourcebook.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Lessons as they must be stored on every supported database. */
@SpringBootTest
abstract class LessonServiceContract {

    @Autowired
    LessonService lessons;

    @Autowired
    TestTeachers teachers;

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
    void anotherTeachersLessonReadsAsMissingAndStudentsAreRefused() {
        Lesson lesson = sample();
        teacher.run(() -> lessons.add(lesson));

        assertThatThrownBy(() -> teachers.newTeacher().get(() -> lessons.findElseThrow(lesson.id())))
                .isInstanceOf(NoSuchLessonException.class);
        assertThatThrownBy(() -> SignedIn.as("pupil", Role.STUDENT).get(lessons::myLessons))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Lesson sample() {
        return LessonSamples.everyBlockKind(SampleItems.cite("On February 26, 1992"), List.of(ItemId.random()),
                List.of(ItemId.random(), ItemId.random()));
    }
}
