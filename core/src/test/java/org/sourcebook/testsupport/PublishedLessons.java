package org.sourcebook.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.sourcebook.account.StudentDirectory;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassService;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.springframework.stereotype.Component;

/**
 * Publishes lessons the way a teacher does, for tests of what students do with them: the teacher
 * also assigns the lesson to a new class of theirs, and {@link Published#enrol} puts a student in
 * that class (students reach only lessons assigned to a class they are in).
 */
@Component
public class PublishedLessons {

    /** What was published: the lesson, its quiz block (if any), its deck's cards and quiz questions as stored. */
    public record Published(SignedIn teacher, Lesson lesson, BlockId quiz, List<Item> cards, List<Question> questions,
            ClassId schoolClass, PublishedLessons fixtures) {

        public LessonId id() {
            return lesson.id();
        }

        /** Enrols {@code student} in the class the lesson is assigned to, and returns them. */
        public SignedIn enrol(SignedIn student) {
            fixtures.enrol(teacher, schoolClass, student);
            return student;
        }

        /**
         * {@code student} starts (or resumes) an attempt at the quiz, chooses {@code options[i]} for
         * question i (single-choice questions) and submits it.
         */
        public QuizAttempt take(SignedIn student, String... options) {
            return fixtures.take(this, student, options);
        }
    }

    private final TestTeachers people;
    private final ItemService items;
    private final LessonService lessons;
    private final ClassService classes;
    private final StudentDirectory directory;
    private final QuizAttemptService quizAttempts;

    PublishedLessons(TestTeachers people, ItemService items, LessonService lessons, ClassService classes,
            StudentDirectory directory, QuizAttemptService quizAttempts) {
        this.quizAttempts = quizAttempts;
        this.people = people;
        this.items = items;
        this.lessons = lessons;
        this.classes = classes;
        this.directory = directory;
    }

    /**
     * A new teacher publishes a lesson with a deck of {@code cards} (if any) and a quiz of
     * {@code questions} (if any) under {@code settings}. The samples must be new items (fresh ids,
     * as {@code SampleItems} makes them); their citations are dropped, they are stored accepted.
     */
    public Published publish(List<? extends Item> cards, List<? extends Question> questions, QuizSettings settings) {
        SignedIn teacher = people.newTeacher();
        List<Item> storedCards = store(teacher, cards);
        List<Question> storedQuestions = store(teacher, questions).stream().map(Question.class::cast).toList();
        List<Block> blocks = new ArrayList<>();
        if (!storedCards.isEmpty()) {
            blocks.add(new FactCardDeck(BlockId.random(), storedCards.stream().map(Item::id).toList()));
        }
        BlockId quiz = BlockId.random();
        if (!storedQuestions.isEmpty()) {
            blocks.add(new Quiz(quiz, storedQuestions.stream().map(Item::id).toList(), settings));
        }
        Lesson lesson = new Lesson(LessonId.random(), "Lesson " + teacher.username(), "", List.of(), blocks);
        ClassId schoolClass = teacher.get(() -> {
            StoredLesson stored = lessons.add(lesson);
            lessons.publish(lesson.id(), stored.version());
            ClassId created = classes.create("Class of " + teacher.username()).id();
            classes.assign(created, lesson.id(), null, null);
            return created;
        });
        return new Published(teacher, lesson, quiz, storedCards, storedQuestions, schoolClass, this);
    }

    /** Enrols {@code student} in {@code schoolClass}, acting as its teacher. */
    public void enrol(SignedIn teacher, ClassId schoolClass, SignedIn student) {
        teacher.run(() -> {
            StudentDirectory.Resolved resolved = directory.resolve(List.of(student.username())).get(student.username());
            classes.enrol(schoolClass, List.of(resolved.student().id()));
        });
    }

    private QuizAttempt take(Published lesson, SignedIn student, String... options) {
        return student.get(() -> {
            QuizAttempt attempt = quizAttempts.startOrResume(lesson.id(), lesson.quiz());
            for (int i = 0; i < options.length; i++) {
                quizAttempts.save(attempt.id(), lesson.questions().get(i).id(), ChoiceResponse.of(options[i]), i + 1);
            }
            return quizAttempts.submit(attempt.id());
        });
    }

    private List<Item> store(SignedIn teacher, List<? extends Item> samples) {
        List<Item> fresh = samples.stream()
                .map(item -> item.withCitations(List.of()).withStatus(ItemStatus.ACCEPTED))
                .toList();
        return teacher.get(() -> items.add(fresh)).stream().map(StoredItem::item).toList();
    }
}
