package org.sourcebook.ui.student;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sourcebook.account.StudentDirectory;
import org.sourcebook.account.StudentRef;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassService;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.PublishedLesson;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.lesson.PublishedLessonSummary;
import org.sourcebook.lesson.StoredLesson;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo lesson (published under the demo profile and assigned to the demo class) as the student
 * pages' tests use it, and lessons the demo teacher publishes from it and assigns to that class.
 * Students reach only lessons assigned to their classes, so a test's new student is first put in
 * the demo class with {@link #enrol}. Other tests publish lessons too, so tests look for their own
 * lessons by id and never count all of them.
 */
public final class StudentFixtures {

    /** Part of the demo lesson's title (the drafting engine words the rest). */
    public static final String DEMO_TITLE = "29th anniversary of the Khojaly massacre";
    public static final String DEMO_DOCUMENT = "29th anniversary of the Khojaly massacre";
    public static final String DEMO_CLASS = "Class 9A";

    private StudentFixtures() {}

    /** Puts the student {@code username} in the demo teacher's class and returns the username. */
    public static String enrol(ApplicationContext context, String username) {
        ClassService classes = context.getBean(ClassService.class);
        StudentDirectory directory = context.getBean(StudentDirectory.class);
        return asDemoTeacher(() -> {
            StudentRef student = directory.resolve(List.of(username)).get(username).student();
            classes.enrol(demoClass(classes), List.of(student.id()));
            return username;
        });
    }

    private static ClassId demoClass(ClassService classes) {
        return classes.myClasses().stream().filter(found -> found.name().equals(DEMO_CLASS)).findFirst().orElseThrow().id();
    }

    /** The demo lesson as the signed-in student opens it (the first published under its title). */
    public static PublishedLesson demoLesson(ApplicationContext context) {
        PublishedLessonService lessons = context.getBean(PublishedLessonService.class);
        List<PublishedLessonSummary> titled = lessons.openLessons().stream()
                .filter(summary -> summary.title().contains(DEMO_TITLE)).toList();
        return lessons.open(titled.get(titled.size() - 1).id());
    }

    /**
     * Publishes, as the demo teacher, a copy of the demo lesson titled {@code title} whose quizzes
     * have {@code settings}, and assigns it to the demo class; the signed-in person stays signed in.
     */
    public static LessonId publishDemoCopy(ApplicationContext context, String title, QuizSettings settings) {
        Lesson demo = demoLesson(context).lesson();
        List<Block> blocks = new ArrayList<>();
        for (Block block : demo.blocks()) {
            blocks.add(block instanceof Quiz quiz ? new Quiz(quiz.id(), quiz.questions(), settings) : block);
        }
        Lesson copy = new Lesson(LessonId.random(), title, demo.summary(), demo.objectives(), blocks);
        LessonService lessons = context.getBean(LessonService.class);
        ClassService classes = context.getBean(ClassService.class);
        return asDemoTeacher(() -> {
            StoredLesson stored = lessons.add(copy);
            LessonId id = lessons.publish(copy.id(), stored.version()).lesson().id();
            classes.assign(demoClass(classes), id, null, null);
            return id;
        });
    }

    /** Stores a draft lesson of the demo teacher and returns its id. */
    public static LessonId draftLesson(ApplicationContext context) {
        LessonService lessons = context.getBean(LessonService.class);
        return asDemoTeacher(() -> lessons.add(Lesson.titled("Not published yet")).lesson().id());
    }

    private static <T> T asDemoTeacher(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext teacher = SecurityContextHolder.createEmptyContext();
        teacher.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("teacher", null,
                AuthorityUtils.createAuthorityList("ROLE_TEACHER")));
        SecurityContextHolder.setContext(teacher);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
