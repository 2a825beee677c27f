package org.sourcebook.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Kills the server (SIGKILL, no shutdown of any kind) while {@value AnsweringServer#STUDENTS}
 * students are saving answers, restarts it on the same database and checks that every answer
 * whose save had returned is still there (or a later answer to the same question), and that
 * every student resumes the attempt they had, still running. The server is {@link AnsweringServer}
 * in a child JVM; the database outlives it: an H2 file, or an embedded PostgreSQL this JVM runs.
 */
class KilledServerKeepsAnswersIT {

    /** Acknowledged saves wanted before the kill, so the check covers many answers. */
    private static final int MIN_ACKNOWLEDGED = 300;
    /** Exit status of a process ended by signal 9 (128 + 9). */
    private static final int KILLED_BY_SIGKILL = 137;

    private final Random random = new Random();

    @TempDir
    Path directory;

    @Test
    void h2FileKeepsEveryAcknowledgedAnswer() throws Exception {
        // The application's default URL form, in a temporary directory. H2 runs inside the server
        // process, so killing the server kills the database with it.
        String url = "jdbc:h2:file:" + directory.resolve("sourcebook") + ";WRITE_DELAY=0";
        long started = System.nanoTime();
        Killed killed = answerAndKill(url, "sa", "");
        verify("H2 file", killed, url, "sa", "", started);
    }

    @Test
    void postgresKeepsEveryAcknowledgedAnswerThroughItsOwnCrash() throws Exception {
        long started = System.nanoTime();
        // Beside the temporary directories zonky itself uses, where the server may write.
        Path data = Path.of(System.getProperty("java.io.tmpdir"), "sourcebook-kill-" + UUID.randomUUID());
        try {
            Killed killed;
            List<ProcessHandle> crashed = new ArrayList<>();
            EmbeddedPostgres postgres = durablePostgres(data);
            try {
                killed = answerAndKill(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                        () -> crashed.addAll(killPostgres(data)));
                for (ProcessHandle process : crashed) {
                    process.onExit().get(30, TimeUnit.SECONDS);
                }
            } finally {
                // After the crash this logs that it could not stop the server and releases zonky's lock on the data.
                postgres.close();
            }
            try (EmbeddedPostgres recovered = durablePostgres(data)) {
                verify("PostgreSQL (server and database killed)", killed,
                        recovered.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", started);
            }
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    /**
     * PostgreSQL on {@code data} (created on the first start, recovered on later ones) that
     * acknowledges a commit only once it is written and flushed to its write-ahead log. The
     * embedded server's own default is {@code synchronous_commit=off}, which loses the last
     * commits when the database crashes; production PostgreSQL has it on.
     */
    private static EmbeddedPostgres durablePostgres(Path data) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
        assertThat(setting(postgres, "fsync")).isEqualTo("on");
        assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
        return postgres;
    }

    /** Sends SIGKILL to the PostgreSQL server on {@code data}, postmaster and every backend, as a crash would. */
    private static List<ProcessHandle> killPostgres(Path data) {
        try {
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            List<ProcessHandle> processes = new ArrayList<>(postmaster.descendants().toList());
            processes.add(0, postmaster);
            processes.forEach(ProcessHandle::destroyForcibly);
            return processes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Killed answerAndKill(String url, String username, String password) throws Exception {
        return answerAndKill(url, username, password, () -> {});
    }

    /**
     * Starts the answering server, kills it with SIGKILL while it saves (running {@code alongside}
     * right after the signal) and returns what it had acknowledged.
     */
    private Killed answerAndKill(String url, String username, String password, Runnable alongside)
            throws Exception {
        List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
        try (Server answering = Server.start("answer", url, username, password, classFile(),
                line -> Acknowledged.parse(line).ifPresent(acknowledged::add))) {
            long killAfterMillis = 2_000 + random.nextInt(3_000);
            answering.awaitLine("BOOTED", 180);
            long booted = System.nanoTime();
            answering.awaitLine("SAVING", 180);
            long saving = System.nanoTime();
            while (System.nanoTime() - saving < TimeUnit.MILLISECONDS.toNanos(killAfterMillis)
                    || acknowledged.size() < MIN_ACKNOWLEDGED) {
                assertThat(answering.process.isAlive()).as("answering server runs; log %s", answering.log).isTrue();
                assertThat(System.nanoTime() - saving).as("time to %d acknowledged saves", MIN_ACKNOWLEDGED)
                        .isLessThan(TimeUnit.SECONDS.toNanos(60));
                Thread.sleep(20);
            }
            long killedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - saving);
            answering.process.destroyForcibly();
            alongside.run();
            assertThat(answering.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(answering.process.exitValue()).as("exit status of a SIGKILLed process")
                    .isEqualTo(KILLED_BY_SIGKILL);
            answering.awaitEndOfOutput();
            return new Killed(List.copyOf(acknowledged), killedAfter,
                    TimeUnit.NANOSECONDS.toMillis(booted - answering.started),
                    TimeUnit.NANOSECONDS.toMillis(saving - booted));
        }
    }

    /** Restarts the server on the database and checks every acknowledged save and attempt. */
    private void verify(String database, Killed killed, String url, String username, String password, long started)
            throws Exception {
        Map<String, StoredAttempt> stored = new HashMap<>();
        long verifyStarted = System.nanoTime();
        try (Server verifying = Server.start("verify", url, username, password, classFile(),
                line -> StoredAttempt.collect(line, stored))) {
            assertThat(verifying.process.waitFor(180, TimeUnit.SECONDS)).as("verifying server finished").isTrue();
            assertThat(verifying.process.exitValue()).as("verifying server's exit status; log %s", verifying.log)
                    .isZero();
            verifying.awaitEndOfOutput();
        }
        assertEveryStudentResumes(AnsweringServer.ClassFile.read(classFile()), stored);
        int present = assertEveryAcknowledgedAnswerPresent(killed.acknowledged(), stored);
        System.out.printf(Locale.ROOT, "%s: killed (SIGKILL) %d ms into saving with %d acknowledged saves;"
                        + " after restart %d of %d present (or overtaken by a later save), %d attempts resumed"
                        + " running; %.1f s in all (first server: boot %.1f s, set-up %.1f s;"
                        + " verifying server %.1f s)%n",
                database, killed.afterMillis(), killed.acknowledged().size(), present, killed.acknowledged().size(),
                stored.size(), (System.nanoTime() - started) / 1e9, killed.bootMillis() / 1e3,
                killed.setUpMillis() / 1e3, (System.nanoTime() - verifyStarted) / 1e9);
    }

    private Path classFile() {
        return directory.resolve("class.txt");
    }

    private static void assertEveryStudentResumes(AnsweringServer.ClassFile schoolClass,
            Map<String, StoredAttempt> stored) {
        assertThat(stored).hasSize(schoolClass.students().size());
        for (AnsweringServer.ClassFile.Student student : schoolClass.students()) {
            StoredAttempt attempt = stored.get(student.attempt().value().toString());
            assertThat(attempt).as("attempt of %s found after restart", student.username()).isNotNull();
            assertThat(attempt.resumedAs).as("attempt %s resumes as itself", student.attempt().value())
                    .isEqualTo(attempt.id);
            assertThat(attempt.state).as("attempt %s still running", attempt.id).isEqualTo("RUNNING");
        }
    }

    /** Returns how many acknowledged saves were found: the same answer, or a later one to that question. */
    private static int assertEveryAcknowledgedAnswerPresent(List<Acknowledged> acknowledged,
            Map<String, StoredAttempt> stored) {
        List<String> missing = new ArrayList<>();
        for (Acknowledged save : acknowledged) {
            whatIsMissing(save, stored.get(save.attempt)).ifPresent(missing::add);
        }
        assertThat(missing.size()).as("acknowledged saves missing after the restart, of %d; the first: %s",
                acknowledged.size(), missing.subList(0, Math.min(5, missing.size()))).isZero();
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(MIN_ACKNOWLEDGED);
        return acknowledged.size() - missing.size();
    }

    /** What the restarted server lacks of an acknowledged save, if anything. */
    private static Optional<String> whatIsMissing(Acknowledged save, StoredAttempt attempt) {
        String which = "save " + save.sequence + " of " + save.attempt;
        if (attempt == null) {
            return Optional.of(which + ": no such attempt");
        }
        StoredAnswer answer = attempt.answers.get(save.question);
        if (attempt.lastSequence < save.sequence || answer == null || answer.sequence < save.sequence) {
            return Optional.of(which + ": the attempt is at save " + attempt.lastSequence + ", the question at "
                    + (answer == null ? "none" : "save " + answer.sequence));
        }
        boolean sameSave = answer.sequence == save.sequence;
        if (!answer.answer.equals("answer-" + answer.sequence) || sameSave && !answer.answer.equals(save.answer)) {
            return Optional.of(which + ": stored answer " + answer.answer + " with save " + answer.sequence);
        }
        return Optional.empty();
    }

    private static String setting(EmbeddedPostgres postgres, String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    /** A save whose {@code save()} call had returned in the killed server. */
    private record Acknowledged(String attempt, String question, long sequence, String answer) {

        /** The save a line reports, if it is a whole ACK line (not torn by the kill). */
        static Optional<Acknowledged> parse(String line) {
            String[] fields = line.split(" ");
            if (fields.length != 5 || !fields[0].equals("ACK") || !fields[4].equals("answer-" + fields[3])) {
                return Optional.empty();
            }
            return Optional.of(new Acknowledged(fields[1], fields[2], Long.parseLong(fields[3]), fields[4]));
        }
    }

    private record StoredAnswer(long sequence, String answer) {}

    /** What the killed server had acknowledged, how long after saving began it died, and its start-up times. */
    private record Killed(List<Acknowledged> acknowledged, long afterMillis, long bootMillis, long setUpMillis) {}

    /** An attempt as the restarted server shows it to its student. */
    private static final class StoredAttempt {

        private final String id;
        private final String resumedAs;
        private final String state;
        private final long lastSequence;
        private final Map<String, StoredAnswer> answers = new HashMap<>();

        private StoredAttempt(String[] fields) {
            resumedAs = fields[2];
            id = fields[3];
            state = fields[4];
            lastSequence = Long.parseLong(fields[5]);
        }

        static void collect(String line, Map<String, StoredAttempt> attempts) {
            String[] fields = line.split(" ");
            if (fields[0].equals("ATTEMPT")) {
                StoredAttempt attempt = new StoredAttempt(fields);
                synchronized (attempts) {
                    attempts.put(attempt.id, attempt);
                }
            } else if (fields[0].equals("ANSWER")) {
                synchronized (attempts) {
                    StoredAnswer answer = new StoredAnswer(Long.parseLong(fields[3]), fields[4]);
                    attempts.get(fields[1]).answers.put(fields[2], answer);
                }
            }
        }
    }

    /**
     * An {@link AnsweringServer} in a child JVM on this JVM's classpath, its output read line by
     * line; closing it kills the JVM if it still runs, so a failed test leaves no server behind.
     */
    private record Server(Process process, Thread reader, Path log, List<String> lines, long started)
            implements AutoCloseable {

        /** Starts the server; its stderr (uncaught exceptions) goes to a file under target/killed-server. */
        static Server start(String mode, String url, String username, String password, Path classFile,
                Consumer<String> onLine) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path log = Files.createTempFile(Files.createDirectories(Path.of("target", "killed-server")), mode + "-",
                    ".log");
            Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), AnsweringServer.class.getName(), mode, url, username,
                    password, classFile.toString())
                    .redirectError(log.toFile()).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> read(process, line -> {
                if (line.equals("BOOTED") || line.equals("SAVING")) {
                    lines.add(line);
                }
                onLine.accept(line);
            }), "server-output-" + mode);
            reader.start();
            return new Server(process, reader, log, lines, System.nanoTime());
        }

        private static void read(Process process, Consumer<String> onLine) {
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    onLine.accept(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void awaitLine(String line, int seconds) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!lines.contains(line)) {
                assertThat(process.isAlive()).as("server running; log %s", log).isTrue();
                assertThat(System.nanoTime()).as("waiting for %s", line).isLessThan(until);
                Thread.sleep(20);
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** Waits until every line the process wrote before it ended has been read. */
        void awaitEndOfOutput() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(reader.isAlive()).as("output read to the end").isFalse();
        }
    }
}
