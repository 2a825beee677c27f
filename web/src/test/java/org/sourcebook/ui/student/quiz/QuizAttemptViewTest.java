package org.sourcebook.ui.student.quiz;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sourcebook.account.StudentDirectory;
import org.sourcebook.attempt.FinishedBy;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.classes.ClassService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.grading.GapResponse;
import org.sourcebook.content.grading.MatchingResponse;
import org.sourcebook.content.grading.OrderResponse;
import org.sourcebook.content.grading.Response;
import org.sourcebook.content.grading.TextResponse;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.lesson.FeedbackTiming;
import org.sourcebook.content.lesson.GradingMethod;
import org.sourcebook.content.lesson.QuizLayout;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.item.ItemService;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.source.DocumentService;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.base.AccessDeniedView;
import org.sourcebook.ui.base.NotFoundView;
import org.sourcebook.ui.student.StudentRoutes;
import org.springframework.beans.factory.annotation.Autowired;

/** A student taking a quiz of every question kind: saving, resuming, navigating, submitting, feedback and review. */
class QuizAttemptViewTest extends KaribuTest {

    private static final QuizSettings ALL_ON_ONE_PAGE = settings(QuizLayout.ALL_ON_ONE_PAGE, FeedbackTiming.AFTER_SUBMISSION,
            null, null);

    @Autowired
    ItemService items;

    @Autowired
    LessonService lessons;

    @Autowired
    DocumentService documents;

    @Autowired
    ClassService classes;

    @Autowired
    StudentDirectory directory;

    @Autowired
    QuizAttemptService attempts;

    private QuizFixture fixture;
    private String student;

    private static QuizSettings settings(QuizLayout layout, FeedbackTiming feedback, Duration timeLimit, Instant closesAt) {
        return new QuizSettings(0, timeLimit, null, closesAt, false, true, feedback, GradingMethod.HIGHEST, 0.5, layout);
    }

    /** Publishes a quiz as a new teacher, then signs in a new student, starts an attempt and opens it. */
    private QuizAttempt startAttempt(QuizSettings settings) throws IOException {
        student = createAccount("quizstudent", Role.STUDENT);
        login(createAccount("quizteacher", Role.TEACHER));
        fixture = QuizFixture.publish(items, lessons, documents, classes, directory, settings, student);
        newSession();
        login(student);
        QuizAttempt attempt = attempts.startOrResume(fixture.lesson(), fixture.quiz());
        open(StudentRoutes.attempt(attempt.id()));
        return attempt;
    }

    private static Div card(int number) {
        return _get(Div.class, spec -> spec.withId("question-" + number));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(Component card, Class<? extends HasValue> type, T value) {
        ((HasValue<?, T>) _get(card, (Class<? extends Component>) type)).setValue(value);
    }

    private static List<String> optionTexts(Div card) {
        RadioButtonGroup<ChoiceOption> group = _get(card, RadioButtonGroup.class);
        return group.getListDataView().getItems().map(ChoiceOption::text).toList();
    }

    private static List<String> reviewedOptions(int number) {
        Component review = _get(Component.class, spec -> spec.withId("review-" + number));
        return _find(review, com.vaadin.flow.component.html.ListItem.class, spec -> spec.withClasses("review-option")).stream()
                .map(item -> item.getElement().getTextRecursively().replaceAll("\\s+", " ").strip())
                .toList();
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static ChoiceOption option(Div card, String text) {
        RadioButtonGroup<ChoiceOption> group = _get(card, RadioButtonGroup.class);
        return group.getListDataView().getItems().filter(option -> option.text().equals(text)).findFirst().orElseThrow();
    }

    /** Gives the fixture's answers: 1, 3, 4 and 6 right; 2, 5, 7 and 8 partly or wholly wrong. */
    private void answerEveryQuestion() {
        _get(card(1), RadioButtonGroup.class).setValue(option(card(1), "Khojaly"));
        CheckboxGroup<ChoiceOption> multiple = _get(card(2), CheckboxGroup.class);
        multiple.setValue(multiple.getListDataView().getItems().filter(option -> option.id().value().equals("a"))
                .collect(Collectors.toSet()));
        _get(card(3), RadioButtonGroup.class).setValue(option(card(3), "True"));
        _get(card(4), TextField.class).setValue("Khojaly");
        _get(card(5), TextField.class).setValue("600");
        List<TextField> gaps = _find(card(6), TextField.class);
        gaps.get(0).setValue("Khojaly");
        gaps.get(1).setValue("26");
        Select<MatchPair> firstMatch = _find(card(7), Select.class).get(0);
        firstMatch.setValue(firstMatch.getListDataView().getItems().filter(pair -> pair.id().value().equals("w"))
                .findFirst().orElseThrow());
        _click(_find(card(8), Button.class).get(1)); // the first entry, one down
    }

    @Test
    void everyAnswerIsSavedAtOnceAndShownAgainInANewSession() throws IOException {
        QuizAttempt attempt = startAttempt(ALL_ON_ONE_PAGE);
        assertThat(currentView()).isInstanceOf(QuizAttemptView.class);
        assertThat(text("quiz-progress")).isEqualTo("0 of 8 answered");
        assertThat(_find(Div.class, spec -> spec.withClasses("quiz-question"))).hasSize(8);

        answerEveryQuestion();

        assertThat(text("quiz-progress")).isEqualTo("8 of 8 answered");
        assertThat(text("save-status")).isEqualTo("Saved");
        var saved = attempts.find(attempt.id()).answers();
        List<ItemId> ids = fixture.questions().stream().map(question -> question.id()).toList();
        assertThat(saved.answers()).containsOnlyKeys(ids);
        assertThat(response(saved, ids.get(0))).isEqualTo(ChoiceResponse.of("b"));
        assertThat(response(saved, ids.get(2))).isEqualTo(new ChoiceResponse(Set.of(TrueFalse.TRUE)));
        assertThat(response(saved, ids.get(3))).isEqualTo(new TextResponse("Khojaly"));
        assertThat(response(saved, ids.get(4))).isEqualTo(new TextResponse("600"));
        assertThat(response(saved, ids.get(5))).isEqualTo(GapResponse.of("Khojaly", "26"));
        assertThat(response(saved, ids.get(6))).isEqualTo(new MatchingResponse(
                java.util.Map.of(OptionId.of("w"), OptionId.of("w"))));
        assertThat(response(saved, ids.get(7))).isInstanceOf(OrderResponse.class);
        assertThat(saved.lastSequence()).isGreaterThanOrEqualTo(8);

        newSession();
        login(student);
        open(StudentRoutes.attempt(attempt.id()));

        assertThat(text("quiz-progress")).isEqualTo("8 of 8 answered");
        assertThat(_get(card(1), RadioButtonGroup.class).getValue()).extracting("text").isEqualTo("Khojaly");
        assertThat(_get(card(3), RadioButtonGroup.class).getValue()).extracting("id").isEqualTo(TrueFalse.TRUE);
        assertThat(_get(card(4), TextField.class).getValue()).isEqualTo("Khojaly");
        assertThat(_get(card(5), TextField.class).getValue()).isEqualTo("600");
        assertThat(_find(card(6), TextField.class)).extracting(TextField::getValue).containsExactly("Khojaly", "26");
        assertThat(((MatchPair) _find(card(7), Select.class).get(0).getValue()).right()).isEqualTo("487");
        assertThat(card(8).getElement().getTextRecursively())
                .startsWith(orderShown(((OrderResponse) response(saved, ids.get(7))).order()));
    }

    private String orderShown(List<OptionId> order) {
        var ordering = (org.sourcebook.content.item.Ordering) fixture.questions().get(7);
        var first = ordering.entries().stream().filter(entry -> entry.id().equals(order.get(0))).findFirst().orElseThrow();
        return "Question 8 of 8" + ordering.prompt() + "1. " + first.text();
    }

    private static Response response(org.sourcebook.content.quiz.AnswerSheet sheet, ItemId id) {
        return sheet.answers().get(id).response();
    }

    @Test
    void aSaveOvertakenByAnotherTabIsSentAgainSoTheNewestAnswerWins() throws IOException {
        QuizAttempt attempt = startAttempt(ALL_ON_ONE_PAGE);
        ItemId shortAnswer = fixture.questions().get(3).id();
        attempts.save(attempt.id(), shortAnswer, new TextResponse("from the other tab"), 1);

        _get(card(4), TextField.class).setValue("from this tab");

        assertThat(text("save-status")).isEqualTo("Saved");
        var saved = attempts.find(attempt.id()).answers();
        assertThat(response(saved, shortAnswer)).isEqualTo(new TextResponse("from this tab"));
        assertThat(saved.lastSequence()).isEqualTo(2);
    }

    @Test
    void onePerPageShowsOneQuestionWithNavigationAndMarksAnsweredOnes() throws IOException {
        startAttempt(settings(QuizLayout.ONE_PER_PAGE, FeedbackTiming.AFTER_SUBMISSION, null, null));

        assertThat(_find(Div.class, spec -> spec.withClasses("quiz-question"))).hasSize(1);
        assertThat(card(1)).isNotNull();
        assertThat(_get(Button.class, spec -> spec.withId("previous-question")).isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("next-question")));
        assertThat(card(2)).isNotNull();
        jump(8);
        assertThat(card(8)).isNotNull();
        assertThat(_get(Button.class, spec -> spec.withId("next-question")).isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("previous-question")));
        assertThat(card(7)).isNotNull();
        jump(3);

        _get(card(3), RadioButtonGroup.class).setValue(option(card(3), "False"));

        jump(4);
        assertThat(jumpButton(3).classNames()).contains("answered");
        assertThat(jumpButton(3).attr("aria-label")).isEqualTo("Question 3, answered");
        assertThat(jumpButton(4).attr("aria-current")).isEqualTo("step");
        assertThat(jumpButton(2).classNames()).doesNotContain("answered");
        assertThat(jumpButton(2).attr("aria-label")).isEqualTo("Question 2, not answered yet");
        assertThat(text("quiz-progress")).isEqualTo("1 of 8 answered");
    }

    @Test
    void submittingAsksFirstListingTheUnansweredQuestionsThenShowsTheReview() throws IOException {
        startAttempt(ALL_ON_ONE_PAGE);
        _get(card(1), RadioButtonGroup.class).setValue(option(card(1), "Khojaly"));
        _get(card(3), RadioButtonGroup.class).setValue(option(card(3), "True"));

        _click(_get(Button.class, spec -> spec.withId("submit-attempt")));

        assertThat(_get(Dialog.class, spec -> spec.withId("submit-dialog")).isOpened()).isTrue();
        assertThat(text("submit-dialog-text")).startsWith("Questions 2, 4, 5, 6, 7, 8 are unanswered.");
        _click(_get(Button.class, spec -> spec.withId("submit-confirm")));

        assertThat(currentView()).isInstanceOf(AttemptReviewView.class);
        assertThat(text("attempt-score")).contains("Score: 2 of 8 (25%)").contains("Not passed (pass mark 50%)");
    }

    @Test
    void theReviewShowsScoreAnswersCorrectAnswersFeedbackAndTheCitedParagraph() throws IOException {
        QuizAttempt attempt = startAttempt(ALL_ON_ONE_PAGE);
        List<String> firstOptionsAsSeen = optionTexts(card(1));
        answerEveryQuestion();
        _click(_get(Button.class, spec -> spec.withId("submit-attempt")));
        assertThat(text("submit-dialog-text")).startsWith("All questions are answered.");
        _click(_get(Button.class, spec -> spec.withId("submit-confirm")));

        assertThat(currentView()).isInstanceOf(AttemptReviewView.class);
        double marks = attempts.review(attempt.id()).grading().marks();
        String shown = marks == Math.rint(marks) ? String.valueOf((long) marks) : String.format(Locale.ENGLISH, "%.1f", marks);
        String percent = new java.math.BigDecimal(marks * 100 / 8).setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        assertThat(text("attempt-score")).as("the same percentage the teacher reads: one decimal")
                .contains("Score: " + shown + " of 8 (" + percent + "%)")
                .contains("Passed (pass mark 50%)").contains("Submitted on");
        assertThat(reviewedOptions(1)).as("the options as the student saw them, shuffled, without letters")
                .containsExactlyElementsOf(firstOptionsAsSeen.stream().map(text -> text.equals("Khojaly")
                        ? "Khojaly your answer correct answer" : text).toList());
        assertThat(text("review-1")).doesNotContain("A)", "B)", "C)").contains("Correct").contains("Feedback on SINGLE_CHOICE")
                .contains("See paragraph 3: “" + fixture.citation().quote() + "”");
        assertThat(text("review-2")).contains("Barda your answer correct answer").contains("Ganja correct answer")
                .contains("Partly correct").doesNotContain("A)");
        assertThat(occurrences(text("review-2"), fixture.citation().quote()))
                .as("the feedback quotes the source; the citation names the paragraph without quoting it again").isEqualTo(1);
        assertThat(text("review-2")).contains("See paragraph 3 of the source.");
        assertThat(reviewedOptions(3)).contains("True your answer correct answer");
        assertThat(text("review-5")).contains("Your answer: 600").contains("Wrong").contains("Correct answer: 613 civilians");
        assertThat(text("review-6")).as("gaps read as blanks, answers as words: no markup")
                .doesNotContain("{{", "}}", "[").contains("_____")
                .contains("Your answer: (1) Khojaly; (2) 26");
        open(StudentRoutes.attempt(attempt.id()));
        assertThat(currentView()).as("a submitted attempt opens as its review").isInstanceOf(AttemptReviewView.class);

        _click(_get(Button.class, spec -> spec.withId("try-again")));
        assertThat(currentView()).isInstanceOf(QuizAttemptView.class);
        assertThat(currentView().getElement().getTextRecursively()).contains("Attempt 2");
        assertThat(text("quiz-progress")).isEqualTo("0 of 8 answered");
    }

    @Test
    void resultsAreKeptBackUntilTheQuizClosesWhenTheSettingsSaySo() throws IOException {
        Instant closes = Instant.now().plus(Duration.ofDays(2));
        QuizAttempt attempt = startAttempt(settings(QuizLayout.ALL_ON_ONE_PAGE, FeedbackTiming.AFTER_CLOSE, null, closes));
        _get(card(1), RadioButtonGroup.class).setValue(option(card(1), "Khojaly"));
        attempts.submit(attempt.id());

        open(StudentRoutes.attemptReview(attempt.id()));

        assertThat(text("results-later")).startsWith("Your attempt was submitted. Results are shown after");
        assertThat(_find(Component.class, spec -> spec.withId("attempt-score"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("review-question"))).isEmpty();
    }

    @Test
    void checkingAnAnswerShowsItsFeedbackAndLocksIt() throws IOException {
        QuizAttempt attempt = startAttempt(settings(QuizLayout.ALL_ON_ONE_PAGE, FeedbackTiming.IMMEDIATE, null, null));
        _get(card(1), RadioButtonGroup.class).setValue(option(card(1), "Barda"));

        _click(_get(Button.class, spec -> spec.withId("check-1")));

        assertThat(text("feedback-1")).contains("Wrong").contains("Feedback on SINGLE_CHOICE");
        assertThat(_get(card(1), RadioButtonGroup.class).isReadOnly()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("check-1")).isEnabled()).isFalse();
        assertThat(attempts.find(attempt.id()).locked()).containsExactly(fixture.questions().get(0).id());

        newSession();
        login(student);
        open(StudentRoutes.attempt(attempt.id()));
        assertThat(_get(card(1), RadioButtonGroup.class).isReadOnly()).isTrue();
        assertThat(text("feedback-1")).contains("Wrong");
        assertThat(_get(card(2), CheckboxGroup.class).isReadOnly()).isFalse();
    }

    @Test
    void whenTheTimeIsUpThePageSaysSoAndShowsTheReview() throws IOException, InterruptedException {
        QuizAttempt attempt = startAttempt(settings(QuizLayout.ALL_ON_ONE_PAGE, FeedbackTiming.AFTER_SUBMISSION,
                Duration.ofSeconds(3), null));
        assertThat(currentView()).isInstanceOf(QuizAttemptView.class);
        assertThat(text("time-left")).matches("Time left: 00:0[0-3]");
        _get(card(4), TextField.class).setValue("Khojaly");

        while (!Instant.now().isAfter(attempt.deadline().plusMillis(100))) {
            Thread.sleep(100);
        }
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        expectNotifications("Time is up — your answers were submitted.");
        assertThat(currentView()).isInstanceOf(AttemptReviewView.class);
        assertThat(text("attempt-ended-by")).isEqualTo("Ended when the time ran out.");
        assertThat(text("review-4")).contains("Your answer: Khojaly").contains("Correct");
        assertThat(attempts.find(attempt.id()).finishedBy()).isEqualTo(FinishedBy.TIME_LIMIT);
    }

    @Test
    void anAnswerAfterTheAttemptWasSubmittedElsewhereLeadsToTheReview() throws IOException {
        QuizAttempt attempt = startAttempt(ALL_ON_ONE_PAGE);
        attempts.submit(attempt.id()); // another tab

        _get(card(4), TextField.class).setValue("Khojaly");

        expectNotifications("This attempt has already been submitted.");
        assertThat(currentView()).isInstanceOf(AttemptReviewView.class);
    }

    @Test
    void anotherStudentsAttemptIsNotFoundAndTeachersAndAdminsAreTurnedAway() throws IOException {
        QuizAttempt attempt = startAttempt(ALL_ON_ONE_PAGE);

        newSession();
        login(createAccount("otherstudent", Role.STUDENT));
        open(StudentRoutes.attempt(attempt.id()));
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        open(StudentRoutes.attemptReview(attempt.id()));
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        open("student/attempts/not-an-id");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        for (Role role : List.of(Role.TEACHER, Role.ADMIN)) {
            newSession();
            login(createAccount("quiz" + role.name().toLowerCase(), role));
            open(StudentRoutes.attempt(attempt.id()));
            assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
            open(StudentRoutes.attemptReview(attempt.id()));
            assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        }
    }

    /** A click on jump button {@code number}, as the browser reports it to the jump bar's one listener. */
    private static void jump(int number) {
        JsonObject click = Json.createObject();
        click.put(QuizAttemptView.JUMP_TARGET, String.valueOf(number));
        click.put(QuizAttemptView.JUMP_TARGET + " !== undefined", true);
        BasicUtilsKt._fireDomEvent(_get(Div.class, spec -> spec.withId("question-jump")), "click", click);
    }

    private static org.jsoup.nodes.Element jumpButton(int number) {
        String html = _get(Div.class, spec -> spec.withId("question-jump")).getElement().getProperty("innerHTML");
        return Jsoup.parse(html).getElementById("jump-" + number);
    }
}
