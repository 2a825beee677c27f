package org.sourcebook.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.sourcebook.loadtest.VaadinBrowser.ProtocolException;

/**
 * A class taking the quiz over HTTP: N simulated students, each a {@link VaadinBrowser} with its
 * own session, sign in with the login form, open the load lesson ({@link QuizLoadClass}) and start
 * the quiz with its button, then answer the 16 questions one per page as the browser would send
 * it (a radio button picked: the button's {@code checked} and the group's {@code value} synced
 * with their change events; a text typed: the field's {@code value} synced with its lazy
 * {@code input} event), each after a think time, turning the page with the Next button after each
 * answer. Students are virtual users scheduled on a fixed pool of worker threads; they start at
 * random moments within the first think time.
 *
 * <p>An answer counts as saved only if the server's response shows it: the progress line says
 * "k of 16 answered" and the save status "Saved". Any protocol problem, HTTP error or missing
 * confirmation counts as an error. The response time of a save runs from the moment the answer
 * was due (the student stopped thinking) to the UIDL response, so it also counts waiting for a
 * free worker thread; the round trip (request sent to response read) is reported too.
 *
 * <p>Modes: {@code run <base-url> <students> <think-ms> <threads> <expected-answers-file> [server-pid]}
 * drives the class and writes what every student answered (with the server's process id, on
 * Linux, it also reports the server's CPU time per answered question, a figure that depends
 * less on what else the machine is doing than the latencies); {@code verify <jdbc-url> <expected-answers-file>}
 * reads the stored answers back from the stopped app's database and counts every missing or
 * different one. Started by {@code scripts/benchmark-quiz-http.sh}.
 */
public final class QuizHttpLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 10;
    private static final int PREPARING_THREADS = 8;
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private QuizHttpLoad() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("verify")) {
            int wrong = verify(args[1], Path.of(args[2]));
            System.exit(wrong == 0 ? 0 : 1);
        } else if ((args.length == 6 || args.length == 7) && args[0].equals("run")) {
            Load load = new Load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    args.length == 7 ? Path.of("/proc", args[6], "stat") : null);
            int errors = load.run();
            load.writeExpected(Path.of(args[5]));
            System.exit(errors == 0 ? 0 : 1);
        } else {
            System.err.println("usage: QuizHttpLoad run <base-url> <students> <think-ms> <threads> <expected-file> [server-pid]"
                    + " | verify <jdbc-url> <expected-file>");
            System.exit(2);
        }
    }

    /** One virtual student: their browser tab, where they are in the quiz and what they answered. */
    private static final class Student {
        final String username;
        final String password;
        final VaadinBrowser browser;
        final Random random;
        final Map<Integer, String> expected = new HashMap<>();
        boolean failed;

        Student(int number, VaadinBrowser browser) {
            this.username = QuizLoadPlan.username(number);
            this.password = QuizLoadPlan.password(number);
            this.browser = browser;
            this.random = new Random(SEED + number);
        }
    }

    /** The class at work: students prepared in parallel, then each a chain of tasks on the shared pool. */
    private static final class Load {

        private final int thinkMillis;
        private final int threads;
        private final List<Student> students = new ArrayList<>();
        private final ScheduledThreadPoolExecutor pool;
        private final Random random = new Random(SEED);
        private final Histogram saveResponse = new ConcurrentHistogram(3);
        private final Histogram saveRoundTrip = new ConcurrentHistogram(3);
        private final Histogram pageTurn = new ConcurrentHistogram(3);
        private final Histogram preparing = new ConcurrentHistogram(3);
        private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger mostInFlight = new AtomicInteger();
        private final CountDownLatch finished;
        private final Path serverStat;
        private double preparedSeconds;
        private double seconds;
        private double serverCpuSeconds = -1;

        Load(String base, int studentCount, int thinkMillis, int threads, Path serverStat) {
            this.serverStat = serverStat;
            this.thinkMillis = thinkMillis;
            this.threads = threads;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
            for (int number = 1; number <= studentCount; number++) {
                students.add(new Student(number, new VaadinBrowser(http, base)));
            }
            this.pool = new ScheduledThreadPoolExecutor(threads);
            this.finished = new CountDownLatch(studentCount);
        }

        int run() throws InterruptedException {
            prepare();
            double cpuBefore = serverCpuSeconds();
            long start = System.nanoTime();
            for (Student student : students) {
                if (student.failed) {
                    finished.countDown();
                } else {
                    schedule(student, 1, thinkMillis == 0 ? 0 : random.nextInt(thinkMillis));
                }
            }
            if (!finished.await(30, TimeUnit.MINUTES)) {
                errors.add("the class did not finish within 30 minutes");
            }
            seconds = (System.nanoTime() - start) / 1e9;
            if (cpuBefore >= 0) {
                serverCpuSeconds = serverCpuSeconds() - cpuBefore;
            }
            pool.shutdownNow();
            report();
            return errors.size();
        }

        /** Every student signs in, opens the lesson and starts the quiz; a few at a time, as a class arriving. */
        private void prepare() throws InterruptedException {
            long start = System.nanoTime();
            ExecutorService arriving = Executors.newFixedThreadPool(PREPARING_THREADS);
            for (Student student : students) {
                arriving.submit(() -> {
                    long started = System.nanoTime();
                    try {
                        student.browser.signIn(student.username, student.password);
                        student.browser.open(QuizLoadPlan.LESSON_PATH);
                        startQuiz(student.browser);
                        preparing.recordValue((System.nanoTime() - started) / 1_000);
                    } catch (IOException | RuntimeException failed) {
                        fail(student, "preparing: " + failed);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            arriving.shutdown();
            arriving.awaitTermination(30, TimeUnit.MINUTES);
            preparedSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%d students signed in and started the quiz in %.1f s (%d at a time);"
                    + " per student p50 %.0f ms, max %.0f ms; %d failed%n", students.size(), preparedSeconds,
                    PREPARING_THREADS, preparing.getValueAtPercentile(50) / 1e3, preparing.getMaxValue() / 1e3,
                    students.stream().filter(s -> s.failed).count());
        }

        /** The server's user + system CPU time so far, from /proc (clock ticks of 1/100 s), or -1 without it. */
        private double serverCpuSeconds() {
            if (serverStat == null) {
                return -1;
            }
            try {
                String stat = Files.readString(serverStat);
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
            } catch (IOException | RuntimeException unreadable) {
                return -1;
            }
        }

        private static void startQuiz(VaadinBrowser browser) throws IOException, InterruptedException {
            UidlTree tree = browser.tree();
            int start = tree.elements(1, "vaadin-button").stream()
                    .filter(button -> tree.node(button).classes.contains("quiz-start"))
                    .filter(button -> !tree.node(button).attributes.containsKey("disabled"))
                    .findFirst().orElseThrow(() -> new ProtocolException("no open quiz on the lesson page"));
            browser.rpc(List.of(VaadinBrowser.click(start)));
            if (tree.elementById("question-1").isEmpty()) {
                throw new ProtocolException("the start button did not open the quiz's first question");
            }
        }

        private void schedule(Student student, int question, long delayMillis) {
            long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
            pool.schedule(() -> answer(student, question, due), delayMillis, TimeUnit.MILLISECONDS);
        }

        private synchronized long thinkTime() {
            // Uniform between half and one and a half of the mean, so students drift apart.
            return thinkMillis == 0 ? 0 : thinkMillis / 2 + random.nextInt(thinkMillis + 1);
        }

        private void answer(Student student, int question, long due) {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                long sent = System.nanoTime();
                student.browser.rpc(answerOf(student, question));
                long received = System.nanoTime();
                saveRoundTrip.recordValue((received - sent) / 1_000);
                saveResponse.recordValue((received - due) / 1_000);
                confirmSaved(student.browser.tree(), question);
                if (question < QuizLoadPlan.QUESTIONS) {
                    turnPage(student.browser, question + 1);
                    schedule(student, question + 1, thinkTime());
                } else {
                    finished.countDown();
                }
            } catch (IOException | RuntimeException failed) {
                fail(student, "question " + question + ": " + failed);
                finished.countDown();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        }

        /** What the browser sends when the student picks an option or has typed the answer. */
        private static List<ObjectNode> answerOf(Student student, int question) throws ProtocolException {
            UidlTree tree = student.browser.tree();
            int card = tree.elementById("question-" + question)
                    .orElseThrow(() -> new ProtocolException("question " + question + " is not on the page"));
            if (QuizLoadPlan.isChoice(question)) {
                int group = tree.elements(card, "vaadin-radio-group").get(0);
                List<Integer> options = tree.elements(group, "vaadin-radio-button");
                int picked = options.get(student.random.nextInt(options.size()));
                String optionId = QuizLoadPlan.optionIdOf(question, tree.textContent(picked));
                if (optionId == null) {
                    throw new ProtocolException("unknown option \"" + tree.textContent(picked) + "\"");
                }
                student.expected.put(question, "{\"type\":\"choice\",\"chosen\":[\"" + optionId + "\"]}");
                return List.of(VaadinBrowser.propertySync(picked, "checked", true),
                        VaadinBrowser.event(picked, "checked-changed", VaadinBrowser.emptyData()),
                        VaadinBrowser.propertySync(group, "value", tree.node(picked).property("value")),
                        VaadinBrowser.event(group, "value-changed", VaadinBrowser.emptyData()));
            }
            int field = tree.elements(card, "vaadin-text-field").get(0);
            String text = QuizLoadPlan.typedAnswer(student.username, question);
            student.expected.put(question, JSON.createObjectNode().put("type", "text").put("text", text).toString());
            // the lazy value-change mode's debounce settings, as the client sends them with the input event
            ObjectNode lazy = VaadinBrowser.emptyData().put("1", 1).put("for", "trailing");
            return List.of(VaadinBrowser.propertySync(field, "value", text), VaadinBrowser.event(field, "input", lazy));
        }

        /** The page must say the answer is stored: the progress counts it and the status says "Saved". */
        private static void confirmSaved(UidlTree tree, int question) throws ProtocolException {
            String progress = tree.elementById("quiz-progress").map(tree::textContent).orElse("");
            String status = tree.elementById("save-status").map(tree::textContent).orElse("");
            if (!progress.equals(question + " of " + QuizLoadPlan.QUESTIONS + " answered") || !status.equals("Saved")) {
                throw new ProtocolException("answer not confirmed: progress \"" + progress + "\", status \"" + status + "\"");
            }
        }

        private void turnPage(VaadinBrowser browser, int nextQuestion) throws IOException, InterruptedException {
            int next = browser.tree().elementById("next-question")
                    .orElseThrow(() -> new ProtocolException("no Next button"));
            long sent = System.nanoTime();
            browser.rpc(List.of(VaadinBrowser.click(next)));
            pageTurn.recordValue((System.nanoTime() - sent) / 1_000);
            if (browser.tree().elementById("question-" + nextQuestion).isEmpty()) {
                throw new ProtocolException("Next did not show question " + nextQuestion);
            }
        }

        private void fail(Student student, String what) {
            student.failed = true;
            errors.add(student.username + " " + what);
        }

        void report() {
            long saves = saveRoundTrip.getTotalCount();
            System.out.printf(Locale.ROOT, "%d students x %d questions over HTTP, %d worker threads, think time %s;"
                            + " %d saves confirmed in %.1f s -> %.0f saves/s; at most %d students' requests in flight%n",
                    students.size(), QuizLoadPlan.QUESTIONS, threads,
                    thinkMillis == 0 ? "none" : thinkMillis / 2 + "-" + thinkMillis * 3 / 2 + " ms",
                    saves, seconds, saves / seconds, mostInFlight.get());
            line("  answer save, response time (answer due -> UIDL response)", saveResponse);
            line("  answer save, round trip (request -> response)          ", saveRoundTrip);
            line("  page turn (Next), round trip                           ", pageTurn);
            if (serverCpuSeconds >= 0 && saves > 0) {
                System.out.printf(Locale.ROOT, "  server CPU while answering: %.1f s, %.1f ms per answered question"
                        + " (save + page turn)%n", serverCpuSeconds, serverCpuSeconds * 1e3 / saves);
            }
            System.out.printf(Locale.ROOT, "  errors: %d%n", errors.size());
            errors.stream().limit(10).forEach(error -> System.out.println("    " + error));
        }

        private static void line(String label, Histogram histogram) {
            System.out.printf(Locale.ROOT, "%s n=%d p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", label,
                    histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1e3,
                    histogram.getValueAtPercentile(95) / 1e3, histogram.getValueAtPercentile(99) / 1e3,
                    histogram.getMaxValue() / 1e3);
        }

        /** One line per confirmed answer: username, question number, the response JSON the server should hold. */
        void writeExpected(Path file) throws IOException {
            List<String> lines = new ArrayList<>();
            for (Student student : students) {
                student.expected.forEach((question, json) -> lines.add(student.username + "\t" + question + "\t" + json));
            }
            Files.write(file, lines);
        }
    }

    /** Reads every load student's stored answers; prints and returns how many expected answers are missing or differ. */
    static int verify(String jdbcUrl, Path expectedFile) throws IOException, SQLException {
        Map<String, Map<Integer, JsonNode>> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "sa", "");
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select u.username, a.question_ids, q.item_id, q.response"
                     + " from quiz_answer q join quiz_attempt a on a.id = q.attempt_id"
                     + " join user_account u on u.id = a.student_id"
                     + " where a.lesson_id = '" + QuizLoadPlan.LESSON_ID + "'")) {
            while (rows.next()) {
                List<String> order = new ArrayList<>();
                Matcher ids = UUID_TEXT.matcher(rows.getString(2));
                while (ids.find()) {
                    order.add(ids.group());
                }
                int question = order.indexOf(rows.getString(3)) + 1;
                stored.computeIfAbsent(rows.getString(1), any -> new HashMap<>())
                        .put(question, JSON.readTree(rows.getString(4)));
            }
        }
        int expected = 0;
        int wrong = 0;
        List<String> examples = new ArrayList<>();
        for (String line : Files.readAllLines(expectedFile)) {
            String[] parts = line.split("\t", 3);
            expected++;
            JsonNode found = stored.getOrDefault(parts[0], Map.of()).get(Integer.parseInt(parts[1]));
            if (found == null || !found.equals(JSON.readTree(parts[2]))) {
                wrong++;
                if (examples.size() < 5) {
                    examples.add(parts[0] + " question " + parts[1] + ": expected " + parts[2] + ", stored " + found);
                }
            }
        }
        long students = stored.keySet().stream().filter(name -> name.startsWith("load-student-")).count();
        System.out.printf(Locale.ROOT, "read-back from the database: %d answers confirmed over HTTP, %d stored as sent,"
                + " %d missing or different (%d students with stored answers)%n", expected, expected - wrong, wrong, students);
        examples.forEach(example -> System.out.println("    " + example));
        return wrong;
    }
}
