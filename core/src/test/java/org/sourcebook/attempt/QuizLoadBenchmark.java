package org.sourcebook.attempt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sourcebook.content.grading.TextResponse;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.quiz.AnswerSheet.SavedAnswer;
import org.sourcebook.testsupport.PublishedLessons;
import org.sourcebook.testsupport.PublishedLessons.Published;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A class of students taking one 16-question quiz at the same time on one node: every student has
 * their own attempt and answers its questions one after the other, with a think time between
 * answers (or none, for a stress figure), then submits. Students are virtual users scheduled on a
 * fixed pool of worker threads, as page requests share a server's request threads; every save
 * goes through {@link QuizAttemptService#save} with method security and a real transaction on a
 * durable database ({@link BenchmarkDatabase}) and a connection pool of the app's default size.
 *
 * <p>Two latencies are recorded per save: the service time (the call alone) and the response time
 * from the moment the answer was due (the student stopped thinking) to the commit, which also
 * counts the wait for a free worker thread. At the end every attempt is read back: each must hold
 * its 16 answers as the last save left them. Any exception, any outcome other than
 * {@link AnswerSave.Outcome#SAVED} and any missing or different answer counts as an error.
 *
 * <p>Run with {@code scripts/benchmark-quiz-load.sh}; arguments: {@code h2|postgres [students]
 * [threads] [think-ms] [connections]}. Targets: p95 response time at most 150 ms, 0 errors.
 */
public final class QuizLoadBenchmark {

    private static final int QUESTIONS = 16;
    private static final long SEED = 9;

    private QuizLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int studentCount = BenchmarkDatabase.number(args, 1, 500);
        int threads = BenchmarkDatabase.number(args, 2, 64);
        int thinkMillis = BenchmarkDatabase.number(args, 3, 2_000);
        int connections = BenchmarkDatabase.number(args, 4, 10);
        try (BenchmarkDatabase running = BenchmarkDatabase.start(database, connections)) {
            List<Student> students = prepare(running.context, studentCount);
            QuizAttemptService attempts = running.context.getBean(QuizAttemptService.class);
            warmUp(attempts, students.get(0));
            Load load = new Load(attempts, students, threads, thinkMillis);
            load.run();
            int wrong = verify(attempts, students);
            load.report(database, connections, wrong);
        }
    }

    /** Publishes a 16-question quiz and gives every student a running attempt at it. */
    private static List<Student> prepare(ConfigurableApplicationContext context, int count) {
        QuizAttemptService attempts = context.getBean(QuizAttemptService.class);
        List<Question> sixteen = new ArrayList<>(SampleItems.everyQuestionKind());
        while (sixteen.size() < QUESTIONS) {
            sixteen.addAll(SampleItems.everyQuestionKind());
        }
        Published lesson = context.getBean(PublishedLessons.class).publish(List.of(), sixteen.subList(0, QUESTIONS),
                QuizSettings.DEFAULTS);
        TestTeachers people = context.getBean(TestTeachers.class);
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SignedIn student = lesson.enrol(people.newStudent());
            QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
            students.add(new Student(student, attempt.id(), attempt.questions().stream().map(Question::id).toList()));
        }
        return students;
    }

    /** Saves the first student's answers repeatedly, so the JIT has compiled the save path before the class starts. */
    private static void warmUp(QuizAttemptService attempts, Student student) {
        for (int i = 0; i < 2_000; i++) {
            long sequence = i + 1;
            ItemId question = student.questions.get(i % QUESTIONS);
            student.signedIn.get(() -> attempts.save(student.attempt, question, new TextResponse("warm-up"), sequence));
        }
        student.sequence = 2_000;
    }

    /** Reads every attempt back; returns how many answers are missing or not the last one saved. */
    private static int verify(QuizAttemptService attempts, List<Student> students) {
        int wrong = 0;
        for (Student student : students) {
            QuizAttempt attempt = student.signedIn.get(() -> attempts.find(student.attempt));
            for (ItemId question : student.questions) {
                SavedAnswer saved = attempt.answers().answers().get(question);
                if (saved == null || !saved.response().equals(answer(student, question))) {
                    wrong++;
                }
            }
        }
        return wrong;
    }

    private static TextResponse answer(Student student, ItemId question) {
        return new TextResponse(student.signedIn.username() + " answers " + question);
    }

    /** The class at work: each student a chain of tasks on the shared pool, one save per task. */
    private static final class Load {

        private final QuizAttemptService attempts;
        private final List<Student> students;
        private final int threads;
        private final int thinkMillis;
        private final ScheduledThreadPoolExecutor pool;
        private final Random random = new Random(SEED);
        private final ConcurrentLinkedQueue<long[]> timings = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger mostInFlight = new AtomicInteger();
        private final AtomicLong submitNanos = new AtomicLong();
        private final CountDownLatch finished;
        private double seconds;

        Load(QuizAttemptService attempts, List<Student> students, int threads, int thinkMillis) {
            this.attempts = attempts;
            this.students = students;
            this.threads = threads;
            this.thinkMillis = thinkMillis;
            this.pool = new ScheduledThreadPoolExecutor(threads);
            this.finished = new CountDownLatch(students.size());
        }

        void run() throws InterruptedException {
            long start = System.nanoTime();
            for (Student student : students) {
                // Students start reading at different moments within the first think time.
                schedule(student, 0, thinkMillis == 0 ? 0 : random.nextInt(thinkMillis));
            }
            if (!finished.await(30, TimeUnit.MINUTES)) {
                errors.add("the class did not finish within 30 minutes");
            }
            seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdownNow();
        }

        private void schedule(Student student, int index, long delayMillis) {
            long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
            pool.schedule(() -> answer(student, index, due), delayMillis, TimeUnit.MILLISECONDS);
        }

        private synchronized long thinkTime() {
            // Uniform between half and one and a half of the mean, so students drift apart.
            return thinkMillis == 0 ? 0 : thinkMillis / 2 + random.nextInt(thinkMillis + 1);
        }

        private void answer(Student student, int index, long due) {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                if (index == QUESTIONS) {
                    long started = System.nanoTime();
                    student.signedIn.get(() -> attempts.submit(student.attempt));
                    submitNanos.addAndGet(System.nanoTime() - started);
                    finished.countDown();
                    return;
                }
                ItemId question = student.questions.get(index);
                long sequence = ++student.sequence;
                long started = System.nanoTime();
                AnswerSave save = student.signedIn.get(() -> attempts.save(student.attempt, question,
                        QuizLoadBenchmark.answer(student, question), sequence));
                long done = System.nanoTime();
                timings.add(new long[] {done - started, done - due});
                if (save.outcome() != AnswerSave.Outcome.SAVED) {
                    errors.add(student.signedIn.username() + " save " + sequence + ": " + save.outcome());
                }
                schedule(student, index + 1, thinkTime());
            } catch (RuntimeException failed) {
                errors.add(student.signedIn.username() + ": " + failed);
                finished.countDown();
            } finally {
                inFlight.decrementAndGet();
            }
        }

        void report(String database, int connections, int wrongAnswers) {
            long[] service = timings.stream().mapToLong(t -> t[0]).sorted().toArray();
            long[] response = timings.stream().mapToLong(t -> t[1]).sorted().toArray();
            System.out.printf(Locale.ROOT, "%s: %d students x %d questions, %d worker threads, %d connections, think time %s;"
                            + " %d saves in %.1f s -> %.0f saves/s; at most %d saves in flight%n",
                    database, students.size(), QUESTIONS, threads, connections,
                    thinkMillis == 0 ? "none" : thinkMillis / 2 + "-" + thinkMillis * 3 / 2 + " ms",
                    service.length, seconds, service.length / seconds, mostInFlight.get());
            line("  service time  (the save call)       ", service);
            line("  response time (answer due -> saved) ", response);
            System.out.printf(Locale.ROOT, "  submits: mean %.2f ms; errors: %d; answers missing or wrong on read-back: %d"
                            + " (targets: p95 response <= 150 ms, 0 errors)%n",
                    submitNanos.get() / 1e6 / students.size(), errors.size(), wrongAnswers);
            errors.stream().limit(10).forEach(error -> System.out.println("  error: " + error));
        }

        private static void line(String label, long[] sorted) {
            if (sorted.length == 0) {
                System.out.println(label + "no saves");
                return;
            }
            System.out.printf(Locale.ROOT, "%s ms: p50 %.2f, p95 %.2f, p99 %.2f, max %.2f%n", label,
                    BenchmarkDatabase.millis(sorted, 0.50), BenchmarkDatabase.millis(sorted, 0.95),
                    BenchmarkDatabase.millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }
    }

    /** A student with their attempt, their questions in the attempt's order and their last save's number. */
    private static final class Student {

        private final SignedIn signedIn;
        private final AttemptId attempt;
        private final List<ItemId> questions;
        private volatile long sequence;

        Student(SignedIn signedIn, AttemptId attempt, List<ItemId> questions) {
            this.signedIn = signedIn;
            this.attempt = attempt;
            this.questions = questions;
        }
    }
}
