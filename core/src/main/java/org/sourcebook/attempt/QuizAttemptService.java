package org.sourcebook.attempt;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.sourcebook.account.AccountService;
import org.sourcebook.attempt.AnswerSave.Outcome;
import org.sourcebook.attempt.AttemptStore.AnswerRow;
import org.sourcebook.attempt.AttemptStore.AttemptRow;
import org.sourcebook.attempt.AttemptStore.SaveTarget;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.grading.Grade;
import org.sourcebook.content.grading.Grader;
import org.sourcebook.content.grading.Response;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.FeedbackTiming;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.quiz.AttemptGrading;
import org.sourcebook.content.quiz.AttemptPolicy;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.lesson.PublishedLesson;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.persistence.AccountLock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in student's quiz attempts. Every answer is stored when it is given, in one short
 * transaction, numbered by the page (see {@link #save}); closing the tab, losing the connection or
 * restarting the server loses nothing, and the student resumes the same attempt with the same
 * answers and the same deadline, which the server keeps.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.STUDENT)
public class QuizAttemptService {

    /** Why no attempt starts at a quiz that has no question left to serve (all rejected or removed). */
    static final Problem NO_QUESTIONS = new Problem("quiz-no-questions", "the quiz has no questions to answer");

    /** Why no attempt starts at a quiz held while its questions wait for the teacher's review. */
    static final Problem HELD_FOR_REVIEW = new Problem("quiz-held-for-review",
            "the teacher is reviewing questions of this quiz after its source changed");

    /** Longest stored form of one response; a page limits its fields well below this. */
    static final int MAX_RESPONSE_LENGTH = 20_000;

    private final AttemptStore store;
    private final AttemptFinisher finisher;
    private final PublishedLessonService lessons;
    private final AccountService accounts;
    private final AccountLock accountLock;
    private final Clock clock;
    private final Random seeds = new SecureRandom();

    QuizAttemptService(AttemptStore store, AttemptFinisher finisher, PublishedLessonService lessons,
            AccountService accounts, AccountLock accountLock, Clock clock) {
        this.store = store;
        this.accountLock = accountLock;
        this.finisher = finisher;
        this.lessons = lessons;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Where the student stands with the quiz {@code quiz} of the published lesson {@code lesson}.
     *
     * @throws NoSuchLessonException if the lesson is not published or has no such quiz
     */
    @Transactional
    public QuizStatus status(LessonId lesson, BlockId quiz) {
        PublishedLesson published = lessons.open(lesson);
        return status(published, quizOf(published, quiz), accounts.currentAccount().id());
    }

    /**
     * The attempt in progress at the quiz, or a new one if the settings allow it and the quiz has
     * questions to serve. Starting twice (two tabs, a double click) gives the same attempt.
     *
     * @throws AttemptRefusedException if no attempt is running and a new one may not start now:
     *     also when the quiz has no question left to serve, or is held while its questions wait for
     *     review (see {@link QuizStatus#whyNotStart()})
     * @throws NoSuchLessonException if the lesson is not published or has no such quiz
     */
    @Transactional
    public QuizAttempt startOrResume(LessonId lesson, BlockId quiz) {
        PublishedLesson published = lessons.open(lesson);
        Quiz block = quizOf(published, quiz);
        long me = accounts.currentAccount().id();
        accountLock.lock(me);
        QuizStatus status = status(published, block, me);
        if (status.running() != null) {
            return find(status.running());
        }
        if (status.whyNotStart() != null) {
            throw new AttemptRefusedException(status.whyNotStart());
        }
        Instant now = clock.instant();
        long seed = seeds.nextLong();
        List<Question> questions = new ArrayList<>(published.questionsOf(block));
        if (questions.isEmpty()) {
            throw new AttemptRefusedException(NO_QUESTIONS);
        }
        if (block.settings().shuffleQuestions()) {
            Collections.shuffle(questions, new Random(seed));
        }
        AttemptRow row = new AttemptRow(AttemptId.random(), me, lesson, quiz, status.attempts().size() + 1,
                questions.stream().map(Question::id).toList(), finisher.writeQuestions(questions),
                finisher.writeSettings(block.settings()), seed, now, AttemptPolicy.deadline(block.settings(), now), 0,
                null, null, null, questions.size());
        store.insert(row);
        return finisher.toAttempt(row);
    }

    /**
     * One of the student's attempts, with every answer saved so far. An attempt whose time has
     * run out is submitted first, with the answers saved by its deadline.
     *
     * @throws AttemptWithoutQuestionsException if it is a running attempt without questions (one
     *     started before quizzes refused to start without any); it is set aside and the student can
     *     go back to the quiz
     * @throws NoSuchAttemptException if it does not exist or belongs to someone else
     */
    @Transactional(noRollbackFor = AttemptWithoutQuestionsException.class)
    public QuizAttempt find(AttemptId id) {
        AttemptRow row = lockMineWithQuestions(id);
        if (finisher.finishIfOverdue(row)) {
            row = lockMine(id);
        }
        return finisher.toAttempt(row);
    }

    /**
     * Stores the student's answer to one question of a running attempt, replacing the one before.
     * {@code sequence} numbers the page's saves of this attempt: one more than the last it knows
     * of. A save whose number was already used stores nothing: the same answer again is a retried
     * request ({@link Outcome#REPEATED}), a different one was overtaken by a later save from
     * another tab ({@link Outcome#SUPERSEDED}, with the number to continue from).
     *
     * @throws AttemptClosedException if the attempt was submitted or its time has run out
     * @throws NoSuchAttemptException if it does not exist or belongs to someone else
     * @throws IllegalArgumentException if the question is not in the attempt or the response is too long
     */
    @Transactional
    public AnswerSave save(AttemptId id, ItemId question, Response response, long sequence) {
        return store(id, question, response, sequence, false);
    }

    /**
     * Stores an answer and grades it at once, for quizzes with immediate feedback; the answer is
     * then locked.
     *
     * @throws IllegalStateException if the quiz does not give immediate feedback
     * @see #save
     */
    @Transactional
    public CheckedAnswer check(AttemptId id, ItemId question, Response response, long sequence) {
        QuizAttempt attempt = finisher.toAttempt(lockMine(id));
        if (attempt.settings().feedbackTiming() != FeedbackTiming.IMMEDIATE) {
            throw new IllegalStateException("This quiz gives feedback only after the attempt");
        }
        AnswerSave save = store(id, question, response, sequence, true);
        Response graded = save.stored() ? response
                : store.answer(id, question).map(answer -> ResponseJson.read(answer.response())).orElse(response);
        return new CheckedAnswer(save, Grader.grade(questionOf(attempt, question), graded));
    }

    /**
     * Ends the attempt and grades it. Submitting an attempt that has ended already changes nothing.
     *
     * @throws AttemptWithoutQuestionsException if it is a running attempt without questions (set aside)
     * @throws NoSuchAttemptException if it does not exist or belongs to someone else
     */
    @Transactional(noRollbackFor = AttemptWithoutQuestionsException.class)
    public QuizAttempt submit(AttemptId id) {
        AttemptRow row = lockMineWithQuestions(id);
        if (!finisher.finishIfOverdue(row)) {
            finisher.finish(row, clock.instant(), FinishedBy.STUDENT);
        }
        return finisher.toAttempt(lockMine(id));
    }

    /**
     * A submitted attempt with as much of its results as the quiz's feedback setting shows now:
     * after submission, or only once the quiz has closed.
     *
     * @throws IllegalStateException if the attempt is still running
     * @throws NoSuchAttemptException if it does not exist or belongs to someone else
     */
    @Transactional
    public AttemptReview review(AttemptId id) {
        QuizAttempt attempt = find(id);
        if (!attempt.isSubmitted()) {
            throw new IllegalStateException("Attempt " + id + " is still running");
        }
        QuizSettings settings = attempt.settings();
        boolean keptBack = settings.feedbackTiming() == FeedbackTiming.AFTER_CLOSE && settings.closesAt() != null
                && clock.instant().isBefore(settings.closesAt());
        if (keptBack) {
            return new AttemptReview(attempt, null, settings.closesAt());
        }
        return new AttemptReview(attempt, AttemptGrading.of(attempt.questions(), attempt.answers()), null);
    }

    private AnswerSave store(AttemptId id, ItemId question, Response response, long sequence, boolean lock) {
        String json = ResponseJson.write(response);
        if (json.length() > MAX_RESPONSE_LENGTH) {
            throw new IllegalArgumentException("An answer may be at most " + MAX_RESPONSE_LENGTH + " characters long");
        }
        long me = accounts.currentAccountId();
        SaveTarget target = store.lockForSave(id).filter(row -> row.studentId() == me)
                .orElseThrow(() -> new NoSuchAttemptException(id));
        if (isOver(target)) {
            throw new AttemptClosedException(id, finishOverdue(id));
        }
        if (!target.questionIds().contains(question)) {
            throw new IllegalArgumentException("Question " + question + " is not part of attempt " + id);
        }
        if (sequence <= target.lastSequence()) {
            boolean repeat = store.answer(id, question)
                    .filter(answer -> answer.sequence() == sequence && answer.response().equals(json))
                    .isPresent();
            return new AnswerSave(repeat ? Outcome.REPEATED : Outcome.SUPERSEDED, target.lastSequence());
        }
        if (!store.saveAnswer(id, new AnswerRow(question, json, sequence, clock.instant(), lock))) {
            return new AnswerSave(Outcome.LOCKED, target.lastSequence());
        }
        return new AnswerSave(Outcome.SAVED, sequence);
    }

    private boolean isOver(SaveTarget target) {
        return target.submittedAt() != null || target.deadline() != null && !clock.instant().isBefore(target.deadline());
    }

    /** Ends the attempt if its time ran out (it is locked already) and says how it ended. */
    private FinishedBy finishOverdue(AttemptId id) {
        AttemptRow row = store.lock(id).orElseThrow(() -> new NoSuchAttemptException(id));
        finisher.finishIfOverdue(row);
        return finishedBy(id);
    }

    private FinishedBy finishedBy(AttemptId id) {
        FinishedBy by = lockMine(id).finishedBy();
        return by == null ? FinishedBy.TIME_LIMIT : by;
    }

    private QuizStatus status(PublishedLesson published, Quiz quiz, long me) {
        LessonId lesson = published.lesson().id();
        store.discardEmptyRunning(me, lesson, quiz.id());
        List<AttemptSummary> attempts = store.attemptsAt(me, lesson, quiz.id());
        AttemptId running = null;
        for (AttemptSummary attempt : attempts) {
            if (!attempt.isSubmitted() && !store.lock(attempt.id()).map(finisher::finishIfOverdue).orElse(true)) {
                running = attempt.id();
            }
        }
        if (attempts.stream().anyMatch(attempt -> !attempt.isSubmitted()) && running == null) {
            attempts = store.attemptsAt(me, lesson, quiz.id()); // one just ran out of time and was submitted
        }
        List<Double> scores = attempts.stream().filter(AttemptSummary::isSubmitted).map(AttemptSummary::score).toList();
        OptionalDouble grade = quiz.settings().gradingMethod().combine(scores);
        int questions = published.questionsOf(quiz).size();
        Problem whyNot = running != null ? null : whyNotStart(published, quiz, attempts.size(), questions);
        return new QuizStatus(quiz.settings(), questions, attempts, running, whyNot, grade);
    }

    /** Why a new attempt cannot start now: the quiz's own rules first, then its questions. */
    private @Nullable Problem whyNotStart(PublishedLesson published, Quiz quiz, int attempts, int questions) {
        Optional<Problem> byPolicy = AttemptPolicy.whyNotStart(quiz.settings(), attempts, clock.instant());
        if (byPolicy.isPresent()) {
            return byPolicy.get();
        }
        if (questions == 0) {
            return NO_QUESTIONS;
        }
        return published.isHeld(quiz) ? HELD_FOR_REVIEW : null;
    }

    /** The student's attempt, locked; a running one without questions is set aside instead. */
    private AttemptRow lockMineWithQuestions(AttemptId id) {
        AttemptRow row = lockMine(id);
        if (row.submittedAt() == null && row.questionIds().isEmpty()) {
            store.discardEmpty(id);
            throw new AttemptWithoutQuestionsException(id, row.lesson());
        }
        return row;
    }

    private static Quiz quizOf(PublishedLesson lesson, BlockId quiz) {
        return lesson.quiz(quiz).orElseThrow(() -> new NoSuchLessonException(lesson.lesson().id()));
    }

    private static Question questionOf(QuizAttempt attempt, ItemId id) {
        return attempt.questions().stream().filter(question -> question.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Question " + id + " is not part of attempt " + attempt.id()));
    }

    private AttemptRow lockMine(AttemptId id) {
        long me = accounts.currentAccount().id();
        return store.lock(id).filter(row -> row.studentId() == me).orElseThrow(() -> new NoSuchAttemptException(id));
    }
}
