package org.sourcebook.attempt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sourcebook.content.grading.TextResponse;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.testsupport.PublishedLessons;
import org.sourcebook.testsupport.PublishedLessons.Published;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures answer saves through {@link QuizAttemptService#save} (security, attempt lock, answer
 * upsert, commit) on a durable database: H2 in file mode with {@code WRITE_DELAY=0} (every commit
 * is written to the file before the save returns) or embedded PostgreSQL with
 * {@code synchronous_commit=on} (the commit is flushed to the write-ahead log). Students answer a
 * 16-question quiz from several threads at once, each student's saves in order.
 *
 * <p>Run with {@code scripts/benchmark-answer-saves.sh}; arguments: {@code h2|postgres [threads]
 * [students] [saves]}. Prints saves per second and latency percentiles; the targets are at least
 * 1,000 saves/s with p95 at most 20 ms.
 */
public final class AnswerSaveBenchmark {

    private static final int WARM_UP_SAVES = 3_000;

    private AnswerSaveBenchmark() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int threads = BenchmarkDatabase.number(args, 1, 8);
        int students = BenchmarkDatabase.number(args, 2, 64);
        int saves = BenchmarkDatabase.number(args, 3, 30_000);
        try (BenchmarkDatabase running = BenchmarkDatabase.start(database, threads + 2)) {
            run(running.context, database, threads, students, saves);
        }
    }

    private static void run(ConfigurableApplicationContext context, String database, int threads, int studentCount,
            int saves) throws Exception {
        QuizAttemptService attempts = context.getBean(QuizAttemptService.class);
        List<Question> sixteen = new ArrayList<>(SampleItems.everyQuestionKind());
        sixteen.addAll(SampleItems.everyQuestionKind());
        Published lesson = context.getBean(PublishedLessons.class).publish(List.of(), sixteen, QuizSettings.DEFAULTS);
        TestTeachers people = context.getBean(TestTeachers.class);
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < studentCount; i++) {
            SignedIn student = lesson.enrol(people.newStudent());
            AttemptId attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz())).id();
            students.add(new Student(student, attempt, lesson.questions().stream().map(Question::id).toList()));
        }
        measure(attempts, students, threads, WARM_UP_SAVES);
        long start = System.nanoTime();
        long[] latencies = measure(attempts, students, threads, saves);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "%s: %d saves by %d students on %d threads in %.2f s -> %.0f saves/s;"
                        + " latency ms p50 %.2f, p95 %.2f, p99 %.2f, max %.2f (targets: >= 1000 saves/s, p95 <= 20 ms)%n",
                database, saves, studentCount, threads, seconds, saves / seconds, BenchmarkDatabase.millis(latencies, 0.50),
                BenchmarkDatabase.millis(latencies, 0.95), BenchmarkDatabase.millis(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
    }

    /** Each thread works through its own students, one save at a time; returns every save's latency in ns. */
    private static long[] measure(QuizAttemptService attempts, List<Student> students, int threads, int saves)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Student> mine = new ArrayList<>();
                for (int s = t; s < students.size(); s += threads) {
                    mine.add(students.get(s));
                }
                int share = saves / threads + (t < saves % threads ? 1 : 0);
                results.add(pool.submit(() -> saveAnswers(attempts, mine, share)));
            }
            long[] all = new long[saves];
            int at = 0;
            for (Future<long[]> result : results) {
                long[] part = result.get();
                System.arraycopy(part, 0, all, at, part.length);
                at += part.length;
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private static long[] saveAnswers(QuizAttemptService attempts, List<Student> students, int count) {
        long[] latencies = new long[count];
        for (int i = 0; i < count; i++) {
            Student student = students.get(i % students.size());
            ItemId question = student.questions().get((int) (student.sequence % student.questions().size()));
            long sequence = ++student.sequence;
            TextResponse answer = new TextResponse("answer " + sequence);
            long started = System.nanoTime();
            AnswerSave save = student.signedIn().get(() -> attempts.save(student.attempt(), question, answer, sequence));
            latencies[i] = System.nanoTime() - started;
            if (save.outcome() != AnswerSave.Outcome.SAVED) {
                throw new IllegalStateException("Save " + sequence + " was " + save.outcome());
            }
        }
        return latencies;
    }

    /** A student with their attempt and the number of their last save. */
    private static final class Student {

        private final SignedIn signedIn;
        private final AttemptId attempt;
        private final List<ItemId> questions;
        private long sequence;

        Student(SignedIn signedIn, AttemptId attempt, List<ItemId> questions) {
            this.signedIn = signedIn;
            this.attempt = attempt;
            this.questions = questions;
        }

        SignedIn signedIn() {
            return signedIn;
        }

        AttemptId attempt() {
            return attempt;
        }

        List<ItemId> questions() {
            return questions;
        }
    }
}
