package org.sourcebook.attempt;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.sourcebook.account.AccountService;
import org.sourcebook.attempt.AttemptStore.AttemptRow;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.quiz.AttemptGrading;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.NoSuchLessonException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attempts at the signed-in teacher's own lessons, for results and regrading: the only way
 * out of this package to attempt data other than the student's own. Every method checks that the
 * lesson belongs to the teacher; another teacher's lesson or attempt reads as not found.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.TEACHER)
public class TeacherAttemptService {

    private final AttemptStore store;
    private final AttemptFinisher finisher;
    private final LessonService lessons;
    private final AccountService accounts;
    private final Clock clock;

    TeacherAttemptService(AttemptStore store, AttemptFinisher finisher, LessonService lessons, AccountService accounts,
            Clock clock) {
        this.store = store;
        this.finisher = finisher;
        this.lessons = lessons;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Every submitted attempt at the quiz {@code quiz} of the teacher's lesson, by student and
     * attempt number, each with its question snapshot and answers.
     *
     * @throws NoSuchLessonException if the lesson does not exist or belongs to someone else
     */
    public List<StudentAttempt> submitted(LessonId lesson, BlockId quiz) {
        lessons.findElseThrow(lesson);
        var answers = store.submittedAnswersAt(lesson, quiz);
        return store.submittedAt(lesson, quiz).stream()
                .map(row -> new StudentAttempt(row.studentId(), finisher.toAttempt(row, answers.getOrDefault(row.id(), List.of()))))
                .toList();
    }

    /**
     * Every attempt (running or submitted) of the students at the teacher's lessons, fetched
     * together, by student, lesson, quiz and attempt number.
     *
     * @throws NoSuchLessonException if a lesson does not exist or belongs to someone else
     */
    public List<StudentAttemptSummary> attemptsOf(Collection<LessonId> lessonIds, Collection<Long> students) {
        lessonIds.forEach(lessons::findElseThrow);
        return store.attemptsOf(lessonIds, students);
    }

    /**
     * One attempt at one of the teacher's lessons.
     *
     * @throws NoSuchAttemptException if it does not exist or is at someone else's lesson
     */
    public StudentAttempt find(AttemptId id) {
        AttemptRow row = ownedRow(id);
        return new StudentAttempt(row.studentId(), finisher.toAttempt(row));
    }

    /**
     * Replaces a submitted attempt's snapshot of its questions (after the teacher fixed some),
     * grades its stored answers again against them, stores the new marks and logs the regrade.
     *
     * @param questions the attempt's questions, the same ids in the same order, some of them changed
     * @return the attempt as regraded
     * @throws NoSuchAttemptException if it does not exist or is at someone else's lesson
     * @throws IllegalArgumentException if the questions are not the attempt's, or it is still running
     */
    @Transactional
    public QuizAttempt regrade(AttemptId id, List<Question> questions) {
        AttemptRow row = ownedRow(id);
        if (row.submittedAt() == null) {
            throw new IllegalArgumentException("Attempt " + id + " is still running");
        }
        List<ItemId> ids = questions.stream().map(Question::id).toList();
        if (!ids.equals(row.questionIds())) {
            throw new IllegalArgumentException("The questions of attempt " + id + " are " + row.questionIds());
        }
        QuizAttempt attempt = finisher.toAttempt(row);
        double after = AttemptGrading.of(questions, attempt.answers()).marks();
        double before = row.marks() == null ? 0 : row.marks();
        store.regrade(id, finisher.writeQuestions(questions), before, after, accounts.currentAccountId(), clock.instant());
        return finisher.toAttempt(store.find(id).orElseThrow());
    }

    private AttemptRow ownedRow(AttemptId id) {
        AttemptRow row = store.find(id).orElseThrow(() -> new NoSuchAttemptException(id));
        try {
            lessons.findElseThrow(row.lesson());
        } catch (NoSuchLessonException e) {
            throw new NoSuchAttemptException(id);
        }
        return row;
    }
}
