package org.sourcebook.results;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcebook.account.StudentRef;
import org.sourcebook.attempt.AttemptSummary;
import org.sourcebook.attempt.StudentAttemptSummary;
import org.sourcebook.attempt.TeacherAttemptService;
import org.sourcebook.classes.Assignment;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.NoSuchClassException;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.GradingMethod;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.lesson.LessonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gradebook of one of the signed-in teacher's classes. Another teacher's class reads as not
 * found.
 *
 * <p>The lesson grade of a student: per quiz of the lesson, the score that counts under the quiz's
 * grading method over the student's submitted attempts; over the quizzes, the mean, a quiz without
 * a submitted attempt counting 0. Without any submitted attempt there is no grade (not 0). The
 * state: IN_PROGRESS while an attempt runs, else SUBMITTED once one was submitted, else OVERDUE
 * after the assignment's due date, else NOT_STARTED. All attempts of the class come in one query.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.TEACHER)
public class GradebookService {

    private final ClassService classes;
    private final LessonService lessons;
    private final TeacherAttemptService attempts;
    private final Clock clock;

    GradebookService(ClassService classes, LessonService lessons, TeacherAttemptService attempts, Clock clock) {
        this.classes = classes;
        this.lessons = lessons;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** @throws NoSuchClassException if the class does not exist or belongs to someone else */
    public Gradebook gradebook(ClassId id) {
        SchoolClass schoolClass = classes.find(id);
        List<StudentRef> students = classes.members(id);
        List<Assignment> assignments = classes.assignments(id);
        List<Gradebook.Column> columns = assignments.stream()
                .map(assignment -> new Gradebook.Column(assignment.lesson(), assignment.lessonTitle(), assignment.dueAt()))
                .toList();
        Map<LessonId, Map<BlockId, GradingMethod>> quizzes = new HashMap<>();
        for (Assignment assignment : assignments) {
            Map<BlockId, GradingMethod> methods = new LinkedHashMap<>();
            lessons.findElseThrow(assignment.lesson()).lesson().blocks().stream()
                    .filter(Quiz.class::isInstance).map(Quiz.class::cast)
                    .forEach(quiz -> methods.put(quiz.id(), quiz.settings().gradingMethod()));
            quizzes.put(assignment.lesson(), methods);
        }
        Map<Long, Map<LessonId, List<StudentAttemptSummary>>> byCell = new HashMap<>();
        for (StudentAttemptSummary attempt : attempts.attemptsOf(quizzes.keySet(),
                students.stream().map(StudentRef::id).toList())) {
            byCell.computeIfAbsent(attempt.studentId(), s -> new HashMap<>())
                    .computeIfAbsent(attempt.lesson(), l -> new ArrayList<>()).add(attempt);
        }
        Instant now = clock.instant();
        Map<Long, Map<LessonId, Gradebook.Cell>> cells = new HashMap<>();
        for (StudentRef student : students) {
            Map<LessonId, Gradebook.Cell> row = new HashMap<>();
            for (Assignment assignment : assignments) {
                List<StudentAttemptSummary> made = byCell.getOrDefault(student.id(), Map.of())
                        .getOrDefault(assignment.lesson(), List.of());
                row.put(assignment.lesson(), cell(made, quizzes.get(assignment.lesson()), assignment, now));
            }
            cells.put(student.id(), row);
        }
        return new Gradebook(schoolClass, students, columns, cells);
    }

    private static Gradebook.Cell cell(List<StudentAttemptSummary> made, Map<BlockId, GradingMethod> lessonQuizzes,
            Assignment assignment, Instant now) {
        Map<BlockId, GradingMethod> methods = new LinkedHashMap<>(lessonQuizzes);
        Map<BlockId, List<Double>> scores = new LinkedHashMap<>();
        boolean submitted = false;
        boolean running = false;
        for (StudentAttemptSummary attempt : made) {
            AttemptSummary summary = attempt.summary();
            methods.putIfAbsent(attempt.quiz(), QuizSettings.DEFAULTS.gradingMethod()); // a quiz since removed
            if (summary.isSubmitted()) {
                submitted = true;
                scores.computeIfAbsent(attempt.quiz(), q -> new ArrayList<>())
                        .add(summary.score() == null ? 0 : summary.score());
            } else {
                running = true;
            }
        }
        Double grade = null;
        if (submitted) {
            grade = methods.entrySet().stream()
                    .mapToDouble(quiz -> quiz.getValue().combine(scores.getOrDefault(quiz.getKey(), List.of())).orElse(0))
                    .average().orElse(0);
        }
        GradebookState state = running ? GradebookState.IN_PROGRESS
                : submitted ? GradebookState.SUBMITTED
                : assignment.dueAt() != null && now.isAfter(assignment.dueAt()) ? GradebookState.OVERDUE
                : GradebookState.NOT_STARTED;
        return new Gradebook.Cell(grade, state, byQuiz(made, List.copyOf(lessonQuizzes.keySet())));
    }

    /** The attempts by the quiz's place in the lesson (removed quizzes last), then by attempt number. */
    private static List<Gradebook.Attempt> byQuiz(List<StudentAttemptSummary> made, List<BlockId> quizOrder) {
        return made.stream()
                .map(attempt -> new Gradebook.Attempt(quizOrder.indexOf(attempt.quiz()) + 1, attempt.summary()))
                .sorted(Comparator.comparingInt((Gradebook.Attempt attempt) -> attempt.quiz() == 0 ? Integer.MAX_VALUE : attempt.quiz())
                        .thenComparingInt(attempt -> attempt.summary().number()))
                .toList();
    }
}
