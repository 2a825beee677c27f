package org.sourcebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcebook.e2e.ActingAs.as;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcebook.account.AccountService;
import org.sourcebook.account.NewAccount;
import org.sourcebook.classes.ClassService;
import org.sourcebook.classes.SchoolClass;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.sourcebook.content.lesson.LessonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo teacher in a real browser, signed in once: makes a class, enrols a student found by
 * search and assigns the demo lesson with a due date (the student then sees it); reads the demo
 * lesson's results with the item analysis and a regrade dry run; drills from the demo class's
 * gradebook into an attempt through the attempt picker. Every page also fits a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TeacherClassesIT {

    /** Part of the demo lesson's title (the drafting engine words the rest). */
    private static final String DEMO_LESSON = "29th anniversary of the Khojaly massacre";
    private static final String DEMO_CLASS = "Class 9A";
    private static final String STUDENT_PASSWORD = "classes-it-password";

    private static Browser browser;
    private static int port;
    private static SchoolClass demoClass;
    private static LessonId demoLesson;

    @BeforeAll
    static void signInAsTheDemoTeacher(@Autowired Environment environment, @Autowired ClassService classes)
            throws IOException {
        port = Integer.parseInt(environment.getProperty("local.server.port"));
        demoClass = as("teacher", Role.TEACHER, () -> classes.myClasses().stream()
                .filter(found -> found.name().equals(DEMO_CLASS)).findFirst().orElseThrow());
        demoLesson = as("teacher", Role.TEACHER, () -> classes.assignments(demoClass.id()).stream()
                .filter(assignment -> assignment.lessonTitle().contains(DEMO_LESSON)).findFirst().orElseThrow().lesson());
        browser = Browser.start(port);
        browser.forgetVisitor();
        browser.signIn("teacher", "teacher-demo");
        browser.waitFor(By.id("teacher-home"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * A new student rather than the demo one: the demo student has the demo lesson already
     * (through the demo class), so seeing it would prove nothing.
     */
    @Test
    void aClassGetsAStudentAndADueLessonWhichTheStudentThenSees(@Autowired AccountService accounts)
            throws IOException {
        String student = "classes-it-" + System.nanoTime() % 100_000;
        String name = "Nigar Browser " + student.substring(student.lastIndexOf('-') + 1);
        as("test-admin", Role.ADMIN, () -> accounts.createAccount(
                new NewAccount(Username.of(student), name, STUDENT_PASSWORD, Set.of(Role.STUDENT))));

        browser.open("/teacher/classes");
        browser.waitFor(By.cssSelector("#new-class-name input")).sendKeys("Form 10B " + student);
        browser.click(By.id("create-class"));
        browser.waitFor(By.id("class-page"));
        browser.waitFor(By.cssSelector("#student-search input")).sendKeys(student, Keys.ENTER);
        browser.click(By.cssSelector("#search-results vaadin-button[aria-label='Add " + name + " to the class']"));
        waitUntilGridShows("members-grid", student);

        WebElement lesson = browser.waitFor(By.cssSelector("#assign-lesson input"));
        lesson.sendKeys("29th anniversary");
        browser.click(By.xpath("//vaadin-combo-box-item[contains(., '" + DEMO_LESSON + "')]"));
        LocalDate dueDay = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        browser.waitFor(By.cssSelector("#assign-due vaadin-date-picker input"))
                .sendKeys(dueDay.format(DateTimeFormatter.ofPattern("M/d/yyyy")), Keys.ENTER);
        browser.waitFor(By.cssSelector("#assign-due vaadin-time-picker input")).sendKeys("09:30", Keys.ENTER);
        browser.click(By.id("assign-lesson-button"));
        String due = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.US)
                .format(dueDay.atTime(LocalTime.of(9, 30))) + " UTC";
        waitUntilGridShows("assignments-grid", due);
        assertThat(browser.gridText(By.id("assignments-grid"))).contains(DEMO_LESSON);
        browser.assertFitsAPhone("teacher-class");

        browser.open("/teacher/classes");
        waitUntilGridShows("classes-grid", "Form 10B " + student);
        browser.assertFitsAPhone("teacher-classes");

        Browser studentBrowser = Browser.start(port);
        try {
            studentBrowser.forgetVisitor();
            studentBrowser.signIn(student, STUDENT_PASSWORD);
            WebElement lessons = studentBrowser.waitFor(By.id("my-lessons"));
            assertThat(lessons.getText()).contains(DEMO_LESSON, "Due: " + due);
            studentBrowser.saveLayoutShot("student-home-assigned");
        } finally {
            studentBrowser.quit();
        }
    }

    @Test
    void theDemoLessonsResultsShowAttemptsItemAnalysisAndARegradeDryRun() throws IOException {
        browser.open("/teacher/lessons/" + demoLesson + "/results");
        browser.waitFor(By.id("quiz-results-1"));
        waitUntilGridShows("attempts-1", "Student");
        assertThat(browser.driver.findElements(By.cssSelector("#attempts-1 vaadin-button"))).hasSizeGreaterThanOrEqualTo(11);
        String items = browser.gridText(By.id("items-1"));
        // Other browser tests take the demo quiz as the demo student first, so which facility flags show depends on their
        // order; the demo's own negative-discrimination question and at least one other flag always show.
        assertThat(items).contains("Facility", "Discrimination").containsAnyOf("Too easy", "Too hard", "Weak discrimination")
                .contains("Negative discrimination");
        List<WebElement> chartRows = browser.driver.findElements(By.cssSelector(".results-chart-row"));
        assertThat(chartRows).isNotEmpty().allSatisfy(row -> assertThat(row.getAttribute("aria-label"))
                .matches("Question \\d+: facility (-?\\d+\\.\\d%|not computable), discrimination (-?\\d+\\.\\d%|not computable)"));
        browser.assertFitsAPhone("teacher-results");

        browser.click(By.id("regrade-1"));
        WebElement dryRun = browser.waitFor(By.cssSelector("vaadin-dialog-overlay"));
        assertThat(dryRun.getText()).contains("No score would change");
        browser.saveLayoutShot("teacher-regrade-dry-run");
        browser.click(By.id("regrade-cancel"));
        new WebDriverWait(browser.driver, Browser.PATIENCE)
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
    }

    @Test
    void theDemoClassGradebookDrillsIntoAnAttemptThroughThePicker() throws IOException {
        browser.open("/teacher/classes/" + demoClass.id() + "/gradebook");
        waitUntilGridShows("gradebook-grid", "attempts: 1");
        String gradebook = browser.gridText(By.id("gradebook-grid"));
        assertThat(gradebook).contains("Student", DEMO_LESSON);
        browser.assertFitsAPhone("teacher-gradebook");

        browser.click(By.cssSelector("#gradebook-grid vaadin-button.gradebook-cell"));
        browser.waitFor(By.id("attempt-picker-grid"));
        waitUntilGridShows("attempt-picker-grid", "Quiz 1, attempt 1");
        browser.saveLayoutShot("teacher-attempt-picker");
        browser.click(By.cssSelector("#attempt-picker-grid vaadin-button.open-attempt"));
        WebElement question = browser.waitFor(By.cssSelector(".attempt-question"));
        assertThat(question.getText()).contains("Q1", "your answer", "correct answer");
        browser.saveLayoutShot("teacher-attempt-detail");
        browser.resize(400, 900);
        browser.saveLayoutShot("teacher-attempt-detail");
        browser.resize(1280, 900);
    }

    private static void waitUntilGridShows(String id, String text) {
        new WebDriverWait(browser.driver, Browser.PATIENCE).withMessage("grid " + id + " shows " + text)
                .until(driver -> browser.gridText(By.id(id)).contains(text));
    }
}
