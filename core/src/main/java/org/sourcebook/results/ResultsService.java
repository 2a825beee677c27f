package org.sourcebook.results;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sourcebook.account.AccountService;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.attempt.NoSuchAttemptException;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.StudentAttempt;
import org.sourcebook.attempt.TeacherAttemptService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.analysis.ItemAnalysis;
import org.sourcebook.content.analysis.MarkMatrix;
import org.sourcebook.content.analysis.QuizAnalysis;
import org.sourcebook.content.grading.Grade;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.quiz.AnswerSheet.SavedAnswer;
import org.sourcebook.content.quiz.AttemptGrading;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.NoSuchLessonException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of the signed-in teacher's own lessons: the submitted attempts at each quiz, the
 * quiz's item analysis, one attempt question by question, and regrading after a question was
 * fixed. Another teacher's lesson or attempt reads as not found.
 *
 * <p>The per-question marks of the analysis come from grading each attempt's stored answers again
 * against the questions it was taken with (its snapshot), so nothing but the answers and the
 * snapshot needs to be stored, and the analysis always agrees with the attempt view.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.TEACHER)
public class ResultsService {

    /** Marks closer than this are the same marks (sums of partial credits are not exact). */
    private static final double SAME_MARKS = 1e-9;

    private final LessonService lessons;
    private final ItemService items;
    private final TeacherAttemptService attempts;
    private final AccountService accounts;

    ResultsService(LessonService lessons, ItemService items, TeacherAttemptService attempts, AccountService accounts) {
        this.lessons = lessons;
        this.items = items;
        this.attempts = attempts;
        this.accounts = accounts;
    }

    /**
     * The results of every quiz of the lesson, counting the attempts {@code selection} picks.
     *
     * @throws NoSuchLessonException if the lesson does not exist or belongs to someone else
     */
    public LessonResults results(LessonId id, AttemptSelection selection) {
        Lesson lesson = lessons.findElseThrow(id).lesson();
        List<QuizResults> quizzes = new ArrayList<>();
        for (Quiz quiz : quizzesOf(lesson)) {
            quizzes.add(quizResults(id, quiz, quizzes.size() + 1, selection));
        }
        return new LessonResults(id, lesson.title(), selection, quizzes);
    }

    /**
     * One attempt at one of the teacher's lessons, graded question by question.
     *
     * @throws NoSuchAttemptException if it does not exist or is at someone else's lesson
     */
    public AttemptDetail attempt(AttemptId id) {
        StudentAttempt found = attempts.find(id);
        QuizAttempt attempt = found.attempt();
        if (!attempt.isSubmitted()) {
            throw new NoSuchAttemptException(id);
        }
        AttemptGrading grading = AttemptGrading.of(attempt.questions(), attempt.answers());
        List<AttemptDetail.AnsweredQuestion> answered = attempt.questions().stream().map(question -> {
            SavedAnswer answer = attempt.answers().answers().get(question.id());
            List<ChoiceOption> shown = question instanceof ChoiceQuestion choice
                    ? attempt.displayOrder(question.id(), choice.options(), false) : List.of();
            return new AttemptDetail.AnsweredQuestion(question, answer == null ? null : answer.response(),
                    grading.grades().get(question.id()), shown);
        }).toList();
        return new AttemptDetail(attempt.lesson(), lines(List.of(found)).get(0), answered);
    }

    /**
     * The submitted attempts at the quiz whose marks would change if their questions were replaced
     * by the questions as they are now (after the teacher fixed some), with the marks before and
     * after. Changes nothing.
     *
     * @throws NoSuchLessonException if the lesson does not exist or belongs to someone else
     */
    public List<RegradeChange> regradeDryRun(LessonId lesson, BlockId quiz) {
        return plan(lesson, quiz).changes();
    }

    /**
     * Regrades what {@link #regradeDryRun} lists, in one transaction: each listed attempt gets the
     * current version of its questions and its new marks, and the regrade is logged.
     *
     * @return the changes made
     * @throws NoSuchLessonException if the lesson does not exist or belongs to someone else
     */
    @Transactional
    public List<RegradeChange> regrade(LessonId lesson, BlockId quiz) {
        RegradePlan plan = plan(lesson, quiz);
        for (RegradeChange change : plan.changes()) {
            attempts.regrade(change.attempt().id(), plan.refreshed().get(change.attempt().id()));
        }
        return plan.changes();
    }

    private record RegradePlan(List<RegradeChange> changes, Map<AttemptId, List<Question>> refreshed) {}

    private RegradePlan plan(LessonId lesson, BlockId quiz) {
        List<StudentAttempt> submitted = attempts.submitted(lesson, quiz);
        Map<ItemId, Question> current = currentQuestions(submitted);
        List<StudentAttempt> changed = new ArrayList<>();
        List<Double> marksAfter = new ArrayList<>();
        Map<AttemptId, List<Question>> refreshed = new HashMap<>();
        for (StudentAttempt found : submitted) {
            QuizAttempt attempt = found.attempt();
            List<Question> questions = attempt.questions().stream()
                    .map(question -> current.getOrDefault(question.id(), question))
                    .toList();
            double after = AttemptGrading.of(questions, attempt.answers()).marks();
            double before = Objects.requireNonNullElse(attempt.marks(), 0.0);
            if (Math.abs(after - before) > SAME_MARKS) {
                changed.add(found);
                marksAfter.add(after);
                refreshed.put(attempt.id(), questions);
            }
        }
        List<AttemptLine> lines = lines(changed);
        List<RegradeChange> changes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            changes.add(new RegradeChange(lines.get(i), marksAfter.get(i)));
        }
        return new RegradePlan(changes, refreshed);
    }

    /** The teacher's current version of every question the attempts were taken with, where it still is one. */
    private Map<ItemId, Question> currentQuestions(List<StudentAttempt> submitted) {
        Map<ItemId, Question> current = new HashMap<>();
        for (StudentAttempt found : submitted) {
            for (Question question : found.attempt().questions()) {
                if (!current.containsKey(question.id())) {
                    currentItem(question.id()).filter(Question.class::isInstance).map(Question.class::cast)
                            .ifPresent(item -> current.put(question.id(), item));
                }
            }
        }
        return current;
    }

    private Optional<Item> currentItem(ItemId id) {
        try {
            return Optional.of(items.findElseThrow(id).item());
        } catch (NoSuchItemException e) {
            return Optional.empty();
        }
    }

    private QuizResults quizResults(LessonId lesson, Quiz quiz, int position, AttemptSelection selection) {
        List<StudentAttempt> selected = attempts.submitted(lesson, quiz.id()).stream()
                .filter(found -> selection == AttemptSelection.ALL || found.attempt().number() == 1)
                .toList();
        List<QuestionColumn> columns = columns(quiz, selected);
        Map<ItemId, Integer> columnOf = new LinkedHashMap<>();
        columns.forEach(column -> columnOf.put(column.id(), columnOf.size()));
        MarkMatrix.Builder matrix = MarkMatrix.builder(Math.max(1, columns.size()));
        int notAnalysed = 0;
        for (StudentAttempt found : selected) {
            QuizAttempt attempt = found.attempt();
            if (columns.isEmpty() || !new HashSet<>(attempt.questions().stream().map(Question::id).toList())
                    .equals(columnOf.keySet())) {
                notAnalysed++;
                continue;
            }
            double[] row = new double[columns.size()];
            for (Map.Entry<ItemId, Grade> grade : AttemptGrading.of(attempt.questions(), attempt.answers()).grades()
                    .entrySet()) {
                row[columnOf.get(grade.getKey())] = Math.max(0, Math.min(1, grade.getValue().score()));
            }
            matrix.add(row);
        }
        QuizAnalysis analysis = ItemAnalysis.of(matrix.build());
        if (columns.isEmpty()) {
            analysis = new QuizAnalysis(analysis.test(), List.of());
        }
        return new QuizResults(quiz.id(), position, columns, lines(selected), analysis, notAnalysed);
    }

    /** The quiz's questions in its order, named by their current prompt (or the one they were taken with). */
    private List<QuestionColumn> columns(Quiz quiz, List<StudentAttempt> selected) {
        Map<ItemId, String> takenWith = new HashMap<>();
        selected.forEach(found -> found.attempt().questions().forEach(q -> takenWith.putIfAbsent(q.id(), q.prompt())));
        List<QuestionColumn> columns = new ArrayList<>();
        for (ItemId id : quiz.questions()) {
            Optional<Item> item = currentItem(id);
            if (item.isPresent() && item.get() instanceof Question question) {
                columns.add(new QuestionColumn(id, question.prompt()));
            } else if (item.isEmpty() && takenWith.containsKey(id)) {
                columns.add(new QuestionColumn(id, takenWith.get(id)));
            }
        }
        return columns;
    }

    private List<AttemptLine> lines(List<StudentAttempt> found) {
        Map<Long, String> names = accounts.displayNames(found.stream().map(StudentAttempt::studentId).distinct().toList());
        return found.stream().map(one -> {
            QuizAttempt attempt = one.attempt();
            return new AttemptLine(attempt.id(), one.studentId(), names.getOrDefault(one.studentId(), "?"),
                    attempt.number(), Objects.requireNonNullElse(attempt.marks(), 0.0), attempt.questions().size(),
                    attempt.startedAt(), Objects.requireNonNull(attempt.submittedAt()),
                    Objects.requireNonNull(attempt.finishedBy()));
        }).toList();
    }

    private static List<Quiz> quizzesOf(Lesson lesson) {
        return lesson.blocks().stream().filter(Quiz.class::isInstance).map(Quiz.class::cast).toList();
    }
}
