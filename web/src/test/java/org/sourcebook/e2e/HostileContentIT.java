package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.sourcebook.e2e.ActingAs.as;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcebook.account.AccountService;
import org.sourcebook.account.NewAccount;
import org.sourcebook.account.StudentDirectory;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.ShortAnswer;
import org.sourcebook.content.item.SingleChoice;
import org.sourcebook.content.item.TextComparison;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.FeedbackTiming;
import org.sourcebook.content.lesson.GradingMethod;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizLayout;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.content.lesson.TimelineEntry;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.item.ItemService;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.StoredFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hostile input in a real browser: a teacher saves classic cross-site scripting payloads
 * (src/test/resources/org/sourcebook/e2e/xss-payloads.txt) into every field a student reads — lesson
 * titles, summary, objectives, discussion prompt, source analysis, timeline, document titles, metadata
 * and text, item prompts, options, feedback and answers, fact cards, the class name. A student then
 * opens the home page, the lesson player, a quiz attempt and its review, card review and progress.
 * On every page no payload's script ran (no alert, {@code window.__xss} unset), the payloads are
 * there as text, and the console reports no Content Security Policy violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class HostileContentIT {

    private static final String TEACHER = "teacher";
    private static final String STUDENT = "hostile-reader";
    private static final String PASSWORD = "hostile-reader-pw";
    /** The length of lesson and document titles in the database. */
    private static final int TITLE_LENGTH = 300;
    private static final List<String> PAYLOADS = payloads();

    private static Browser browser;

    @Autowired
    AccountService accounts;

    @Autowired
    StudentDirectory directory;

    @Autowired
    ClassService classes;

    @Autowired
    DocumentService documents;

    @Autowired
    ItemService items;

    @Autowired
    LessonService lessons;

    @Autowired
    QuizAttemptService attempts;

    @BeforeAll
    static void startBrowser(@Autowired Environment environment) throws IOException {
        browser = Browser.start(Integer.parseInt(environment.getProperty("local.server.port")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noPayloadRunsInAnyStudentPageAndEachShowsAsText() {
        as("hostile-admin", Role.ADMIN, () -> accounts.createAccount(
                new NewAccount(Username.of(STUDENT), "Hostile reader", PASSWORD, Set.of(Role.STUDENT))));
        HostileLesson hostile = asTeacher(this::publishHostileLessons);
        QuizAttempt attempt = as(STUDENT, Role.STUDENT, () -> attempts.startOrResume(hostile.lesson(), hostile.quiz()));

        browser.forgetVisitor();
        browser.signIn(STUDENT, PASSWORD);
        visit("home", By.id("student-home"), null);
        assertShown("home: lesson titles", PAYLOADS);
        assertShown("home: summary", tokens());

        visit("lesson player", By.id("lesson-player"), "/student/lessons/" + hostile.lesson());
        assertShown("player: title, objectives, analysis, timeline, document text and titles", PAYLOADS);
        assertShown("player: summary and discussion prompt", tokens());

        visit("quiz attempt", By.id("quiz-attempt"), "/student/attempts/" + attempt.id());
        assertShown("attempt: prompts and options", PAYLOADS);

        as(STUDENT, Role.STUDENT, () -> attempts.submit(attempt.id()));
        visit("attempt review", By.id("attempt-review"), "/student/attempts/" + attempt.id() + "/review");
        assertShown("review: prompts, feedback, correct answers", PAYLOADS);

        visit("card review", By.id("review-front"), "/student/review");
        browser.click(By.id("show-answer"));
        browser.waitFor(By.id("review-back"));
        assertNoScriptRan("card review, answer shown");
        assertShown("card review: front and back", PAYLOADS);

        visit("progress", By.id("student-progress"), "/student/progress");
        assertShown("progress: lesson titles", PAYLOADS);
        browser.assertNoPolicyViolations();
    }

    @Test
    void thePagePolicyStopsAnInlineHandlerThatGetsIntoThePage() {
        browser.forgetVisitor();
        browser.signIn("student", "student-demo");
        visit("home", By.id("student-home"), null);
        browser.assertNoPolicyViolations();

        browser.driver.executeScript("document.body.insertAdjacentHTML('beforeend',"
                + " '<img id=\"slipped-through\" src=\"no-such-image\" onerror=\"window.__xss = 99\">');"
                // added by WebDriver, which the policy does not govern; runs after the inline handler would have
                + "document.getElementById('slipped-through').addEventListener('error', () => window.__probeFailed = true)");

        new WebDriverWait(browser.driver, Browser.PATIENCE).until(driver -> Boolean.TRUE.equals(
                browser.driver.executeScript("return window.__probeFailed === true")));
        assertNoScriptRan("home page with an inline handler added");
        assertThat(browser.policyViolations()).as("the browser reports what it refused").isNotEmpty();
    }

    /** Opens {@code path} (or stays, if null), waits for {@code landmark} and a quiet page, then checks no script ran. */
    private void visit(String page, By landmark, String path) {
        if (path != null) {
            browser.open(path);
        }
        browser.waitFor(landmark);
        browser.awaitIdle();
        assertNoScriptRan(page);
    }

    private void assertNoScriptRan(String page) {
        try {
            Alert alert = browser.driver.switchTo().alert();
            String text = alert.getText();
            alert.dismiss();
            fail("an injected script opened an alert (" + text + ") on the " + page);
        } catch (NoAlertPresentException expected) {
            // no payload called alert()
        }
        Object marker = browser.driver.executeScript("return window.__xss === undefined ? null : String(window.__xss)");
        assertThat(marker).as("window.__xss set by payload number %s on the %s", marker, page).isNull();
    }

    /** Each of {@code texts} appears in the page's visible text (white space as the browser lays it out). */
    private void assertShown(String where, List<String> texts) {
        String page = normalised((String) browser.driver.executeScript("return document.body.innerText"));
        for (String text : texts) {
            assertThat(page).as(where).contains(normalised(text));
        }
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private record HostileLesson(LessonId lesson, BlockId quiz) {}

    /** As the teacher: the hostile documents, items and lessons, published and assigned to a hostile class the student is in. */
    private HostileLesson publishHostileLessons() {
        SchoolClass schoolClass = classes.create(fitting(PAYLOADS, 200).get(0));
        classes.enrol(schoolClass.id(), List.of(directory.resolve(List.of(STUDENT)).get(STUDENT).student().id()));
        List<String> titles = fitting(PAYLOADS, TITLE_LENGTH);
        List<Span> passages = titles.stream().map(this::hostileDocument).toList();
        List<Item> questions = questions();
        FactCard card = new FactCard(info(joined(), joined()), joined());
        List<Item> all = new ArrayList<>(questions);
        all.add(card);
        items.add(all);
        BlockId quiz = BlockId.random();
        List<Block> blocks = List.of(
                new ReadingExcerpt(BlockId.random(), passages),
                new Timeline(BlockId.random(), PAYLOADS.stream().map(payload -> new TimelineEntry(payload, payload, null)).toList()),
                new DiscussionPrompt(BlockId.random(), markdown()),
                new SourceAnalysis(BlockId.random(), passages.get(0).documentId(), joined(), joined(), joined(), joined(), joined()),
                new FactCardDeck(BlockId.random(), List.of(card.info().id())),
                new Quiz(quiz, questions.stream().map(Item::id).toList(), new QuizSettings(0, null, null, null, false, false,
                        FeedbackTiming.AFTER_SUBMISSION, GradingMethod.HIGHEST, 0.5, QuizLayout.ALL_ON_ONE_PAGE)));
        LessonId main = publish(new Lesson(LessonId.random(), titles.get(0), markdown(), PAYLOADS, blocks), schoolClass);
        for (String title : titles.subList(1, titles.size())) {
            publish(new Lesson(LessonId.random(), title, markdown(), List.of(),
                    List.of(new DiscussionPrompt(BlockId.random(), "More of the same."))), schoolClass);
        }
        return new HostileLesson(main, quiz);
    }

    private LessonId publish(Lesson lesson, SchoolClass schoolClass) {
        StoredLesson stored = lessons.add(lesson);
        LessonId id = lessons.publish(lesson.id(), stored.version()).lesson().id();
        classes.assign(schoolClass.id(), id, null, null);
        return id;
    }

    /** A document titled {@code title} whose metadata and text are all payloads; the passage citing all its text. */
    private Span hostileDocument(String title) {
        String hostile = fitting(PAYLOADS, 200).get(0);
        DocumentId id = documents.importText(joined(), new DocumentMetadata(title, hostile, hostile, hostile, hostile,
                hostile, hostile), new StoredFile("hostile.txt", "TEXT", 1)).id();
        DocumentVersion version = documents.findVersionElseThrow(id, 1);
        return new Span(id, 1, 0, version.text().length(), version.text());
    }

    private static List<Item> questions() {
        List<ChoiceOption> options = IntStream.range(0, PAYLOADS.size())
                .mapToObj(index -> new ChoiceOption(OptionId.of("o" + index), PAYLOADS.get(index), index == 0, PAYLOADS.get(index)))
                .toList();
        return List.of(
                new SingleChoice(info(joined(), joined()), options),
                new MultipleResponse(info(joined(), joined()), options),
                new TrueFalse(info(joined(), joined()), true),
                new ShortAnswer(info(joined(), joined()), List.of(joined()), TextComparison.LENIENT),
                new Cloze(info(joined() + " " + Cloze.marker(1), joined()), List.of(ClozeGap.accepting(PAYLOADS.get(0))),
                        TextComparison.LENIENT),
                new Matching(info(joined(), joined()), IntStream.range(0, PAYLOADS.size())
                        .mapToObj(index -> MatchPair.of("m" + index, PAYLOADS.get(index), "answer " + PAYLOADS.get(index)))
                        .toList()),
                new Ordering(info(joined(), joined()), IntStream.range(0, PAYLOADS.size())
                        .mapToObj(index -> OrderEntry.of("e" + index, PAYLOADS.get(index))).toList()));
    }

    private static ItemInfo info(String prompt, String feedback) {
        return new ItemInfo(ItemId.random(), prompt, feedback, List.of(), List.of("hostile"), ItemStatus.ACCEPTED,
                ItemOrigin.WRITTEN, 1.0);
    }

    /** Every payload in one text, for the plain-text fields. */
    private static String joined() {
        return String.join(" ", PAYLOADS);
    }

    /** Every payload as its own Markdown paragraph, each after a paragraph with its token. */
    private static String markdown() {
        StringBuilder text = new StringBuilder();
        List<String> tokens = tokens();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            text.append(tokens.get(i)).append("\n\n").append(PAYLOADS.get(i)).append("\n\n");
        }
        return text.toString();
    }

    /** One visible word per payload, to find in Markdown fields, where the payload itself is rendered, not shown. */
    private static List<String> tokens() {
        return IntStream.rangeClosed(1, PAYLOADS.size()).mapToObj(number -> "payload-%02d".formatted(number)).toList();
    }

    /** The payloads joined by spaces into as few texts as fit {@code length} characters each. */
    private static List<String> fitting(List<String> payloads, int length) {
        List<String> texts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String payload : payloads) {
            if (!text.isEmpty() && text.length() + 1 + payload.length() > length) {
                texts.add(text.toString());
                text.setLength(0);
            }
            text.append(text.isEmpty() ? "" : " ").append(payload);
        }
        texts.add(text.toString());
        return texts;
    }

    private static List<String> payloads() {
        try (InputStream in = HostileContentIT.class.getResourceAsStream("xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("xss-payloads.txt next to HostileContentIT", e);
        }
    }

    private static <T> T asTeacher(Supplier<T> work) {
        return as(TEACHER, Role.TEACHER, work);
    }
}
