package org.sourcebook.attempt;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.sourcebook.CoreTestApplication;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.grading.TextResponse;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.quiz.AnswerSheet.SavedAnswer;
import org.sourcebook.testsupport.PublishedLessons;
import org.sourcebook.testsupport.PublishedLessons.Published;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server side of {@link KilledServerKeepsAnswersIT}, run in a child JVM so the test can kill
 * it with SIGKILL. Boots core's Spring context on the database named by its arguments
 * ({@code answer|verify <jdbc-url> <username> <password> <class-file>}) and talks to the test
 * through stdout, one line per fact, starting with {@code BOOTED} once the context is up:
 *
 * <ul>
 *   <li>{@code answer}: on the first start publishes a 16-question quiz without a time limit,
 *       enrols {@value #STUDENTS} students, starts their attempts and writes them to the class
 *       file; then prints {@code SAVING}, and every student answers from a thread of their own,
 *       for ever, printing {@code ACK <attempt> <question> <sequence> <answer>} only after
 *       {@link QuizAttemptService#save} has returned {@code SAVED}.
 *   <li>{@code verify}: every student of the class file resumes their attempt
 *       ({@link QuizAttemptService#startOrResume}, then {@link QuizAttemptService#find}), printing
 *       {@code ATTEMPT <student> <resumed attempt> <found attempt> <RUNNING|SUBMITTED> <last sequence>}
 *       and one {@code ANSWER <attempt> <question> <sequence> <answer>} per stored answer.
 * </ul>
 */
public final class AnsweringServer {

    static final int STUDENTS = 50;
    private static final int QUESTIONS = 16;

    private AnsweringServer() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path classFile = Path.of(args[4]);
        ConfigurableApplicationContext context = SpringApplication.run(CoreTestApplication.class,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off", "--spring.datasource.url=" + args[1],
                "--spring.datasource.username=" + args[2], "--spring.datasource.password=" + args[3]);
        QuizAttemptService attempts = context.getBean(QuizAttemptService.class);
        System.out.println("BOOTED");
        if (mode.equals("answer")) {
            answerForEver(attempts, enrolOnce(context, attempts, classFile));
        } else {
            try (context) {
                verify(attempts, ClassFile.read(classFile));
            }
        }
    }

    /** The class of the first start; later starts reuse it. */
    private static ClassFile enrolOnce(ConfigurableApplicationContext context, QuizAttemptService attempts,
            Path classFile) throws IOException {
        if (Files.exists(classFile)) {
            return ClassFile.read(classFile);
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            questions.add(SampleItems.shortAnswer());
        }
        Published lesson = context.getBean(PublishedLessons.class).publish(List.of(), questions, QuizSettings.DEFAULTS);
        TestTeachers people = context.getBean(TestTeachers.class);
        List<ClassFile.Student> students = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            SignedIn student = lesson.enrol(people.newStudent());
            QuizAttempt attempt = student.get(() -> attempts.startOrResume(lesson.id(), lesson.quiz()));
            students.add(new ClassFile.Student(student.username(), attempt.id(),
                    attempt.questions().stream().map(Question::id).toList()));
        }
        ClassFile written = new ClassFile(lesson.id(), lesson.quiz(), students);
        written.write(classFile);
        return written;
    }

    private static void answerForEver(QuizAttemptService attempts, ClassFile schoolClass) throws InterruptedException {
        PrintStream out = System.out;
        CountDownLatch never = new CountDownLatch(1);
        for (ClassFile.Student student : schoolClass.students()) {
            Thread thread = new Thread(() -> answer(attempts, student, out), "student-" + student.username());
            thread.setDaemon(true);
            thread.start();
        }
        out.println("SAVING");
        out.flush();
        never.await();
    }

    /** One student answering question after question; the sequence goes on from what is stored. */
    private static void answer(QuizAttemptService attempts, ClassFile.Student student, PrintStream out) {
        SignedIn signedIn = SignedIn.as(student.username(), Role.STUDENT);
        long sequence = signedIn.get(() -> attempts.find(student.attempt())).answers().lastSequence();
        while (true) {
            long next = ++sequence;
            ItemId question = student.questions().get((int) (next % student.questions().size()));
            String answer = "answer-" + next;
            AnswerSave save = signedIn.get(
                    () -> attempts.save(student.attempt(), question, new TextResponse(answer), next));
            if (save.outcome() != AnswerSave.Outcome.SAVED) {
                throw new IllegalStateException(
                        "Save " + next + " of " + student.username() + " was " + save.outcome());
            }
            synchronized (out) {
                out.println("ACK " + student.attempt().value() + " " + question.value() + " " + next + " " + answer);
                out.flush();
            }
        }
    }

    private static void verify(QuizAttemptService attempts, ClassFile schoolClass) {
        for (ClassFile.Student student : schoolClass.students()) {
            SignedIn signedIn = SignedIn.as(student.username(), Role.STUDENT);
            QuizAttempt resumed = signedIn.get(() -> attempts.startOrResume(schoolClass.lesson(), schoolClass.quiz()));
            QuizAttempt found = signedIn.get(() -> attempts.find(student.attempt()));
            System.out.println("ATTEMPT " + student.username() + " " + resumed.id().value() + " " + found.id().value()
                    + " " + (found.isSubmitted() ? "SUBMITTED" : "RUNNING") + " " + found.answers().lastSequence());
            found.answers().answers().forEach((question, saved) -> System.out.println("ANSWER " + found.id().value()
                    + " " + question.value() + " " + saved.sequence() + " " + text(saved)));
        }
        System.out.flush();
    }

    private static String text(SavedAnswer saved) {
        return saved.response() instanceof TextResponse text ? text.text() : saved.response().toString();
    }

    /** The quiz and its students, kept in a file beside the database so a restarted server finds them. */
    record ClassFile(LessonId lesson, BlockId quiz, List<Student> students) {

        record Student(String username, AttemptId attempt, List<ItemId> questions) {}

        static ClassFile read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            String[] quiz = lines.get(0).split(" ");
            List<Student> students = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(" ");
                List<ItemId> questions = new ArrayList<>();
                for (int i = 2; i < fields.length; i++) {
                    questions.add(ItemId.parse(fields[i]));
                }
                students.add(new Student(fields[0], AttemptId.parse(fields[1]), questions));
            }
            return new ClassFile(LessonId.parse(quiz[0]), BlockId.parse(quiz[1]), students);
        }

        void write(Path file) throws IOException {
            List<String> lines = new ArrayList<>();
            lines.add(lesson.value() + " " + quiz.value());
            for (Student student : students) {
                StringBuilder line = new StringBuilder(student.username() + " " + student.attempt().value());
                student.questions().forEach(question -> line.append(' ').append(question.value()));
                lines.add(line.toString());
            }
            Path written = Files.write(file.resolveSibling(file.getFileName() + ".new"), lines);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
