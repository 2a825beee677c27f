package org.sourcebook.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcebook.account.AccountService;
import org.sourcebook.account.NewAccount;
import org.sourcebook.account.StudentDirectory;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.e2e.ActingAs;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Prepares the production jar for {@link QuizHttpLoad}: the demo teacher publishes a 16-question
 * quiz (eight single-choice and eight short-answer questions, see {@link QuizLoadPlan}; default
 * settings: one question per page, options shuffled) and assigns it to the demo class, and
 * {@code quiz-load.students} student accounts are created through the account service and
 * enrolled in that class, the way an admin and a teacher would. Not part of the jar: the benchmark script
 * puts this class on the jar's class path ({@code loader.path}) and names it in
 * {@code spring.main.sources}, so the production jar never runs it on its own.
 */
@Order(10)
public class QuizLoadClass implements ApplicationRunner {

    private static final LessonId LESSON = new LessonId(UUID.fromString(QuizLoadPlan.LESSON_ID));
    private static final String TEACHER = "teacher";
    private static final String DEMO_CLASS = "Class 9A";
    private static final Logger log = LoggerFactory.getLogger(QuizLoadClass.class);

    private final AccountService accounts;
    private final StudentDirectory directory;
    private final ClassService classes;
    private final ItemService items;
    private final LessonService lessons;
    private final int students;

    QuizLoadClass(AccountService accounts, StudentDirectory directory, ClassService classes, ItemService items,
            LessonService lessons, @Value("${quiz-load.students:200}") int students) {
        this.accounts = accounts;
        this.directory = directory;
        this.classes = classes;
        this.items = items;
        this.lessons = lessons;
        this.students = students;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        List<String> usernames = createStudents();
        ActingAs.as(TEACHER, Role.TEACHER, () -> {
            SchoolClass demoClass = classes.myClasses().stream().filter(c -> c.name().equals(DEMO_CLASS)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no demo class; run with the demo profile"));
            publishQuiz();
            classes.assign(demoClass.id(), LESSON, null, null);
            List<Long> ids = directory.resolve(usernames).values().stream()
                    .map(resolved -> resolved.student().id()).toList();
            classes.enrol(demoClass.id(), ids);
            return null;
        });
        log.info("Quiz load: {} students enrolled in {} with the 16-question lesson {} ({} ms)", usernames.size(),
                DEMO_CLASS, LESSON.value(), (System.nanoTime() - started) / 1_000_000);
    }

    private List<String> createStudents() {
        List<String> usernames = new ArrayList<>();
        ActingAs.as("quiz-load-setup", Role.ADMIN, () -> {
            for (int number = 1; number <= students; number++) {
                String username = QuizLoadPlan.username(number);
                accounts.createAccount(new NewAccount(Username.of(username), "Load student " + number,
                        QuizLoadPlan.password(number), Set.of(Role.STUDENT)));
                usernames.add(username);
            }
            return null;
        });
        return usernames;
    }

    private void publishQuiz() {
        List<Item> questions = new ArrayList<>();
        for (int number = 1; number <= QuizLoadPlan.QUESTIONS; number++) {
            ItemInfo info = ItemInfo.written("Question " + number + " of the load quiz?");
            List<ChoiceOption> options = new ArrayList<>();
            for (int index = 0; index < QuizLoadPlan.OPTION_IDS.length; index++) {
                String id = QuizLoadPlan.OPTION_IDS[index];
                String text = QuizLoadPlan.optionText(number, index);
                options.add(index == 0 ? ChoiceOption.correct(id, text) : ChoiceOption.wrong(id, text));
            }
            questions.add(QuizLoadPlan.isChoice(number) ? new SingleChoice(info, options)
                    : new ShortAnswer(info, List.of("answer " + number), TextComparison.LENIENT));
        }
        List<ItemId> ids = items.add(questions).stream().map(StoredItem::item).map(Item::id).toList();
        Lesson lesson = new Lesson(LESSON, "Quiz load", "", List.of(),
                List.of(new Quiz(BlockId.random(), ids, QuizSettings.DEFAULTS)));
        StoredLesson stored = lessons.add(lesson);
        lessons.publish(LESSON, stored.version());
    }
}
