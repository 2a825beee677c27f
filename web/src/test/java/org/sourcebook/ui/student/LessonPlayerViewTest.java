package org.sourcebook.ui.student;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.attempt.QuizStatus;
import org.sourcebook.cardreview.CardReviewService;
import org.sourcebook.cardreview.ReviewCard;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.lesson.PublishedLesson;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.base.AccessDeniedView;
import org.sourcebook.ui.base.NotFoundView;
import org.sourcebook.ui.lesson.FactCardFace;
import org.sourcebook.ui.student.lessons.LessonPlayerView;

class LessonPlayerViewTest extends KaribuTest {

    @Test
    void theDemoLessonShowsEveryBlockInOrder() {
        login("student");
        PublishedLesson demo = StudentFixtures.demoLesson(context);

        open(StudentRoutes.lesson(demo.lesson().id()));

        assertThat(currentView()).isInstanceOf(LessonPlayerView.class);
        String text = currentView().getElement().getTextRecursively();
        assertThat(text).contains(StudentFixtures.DEMO_TITLE, "Reading excerpt", "Timeline", "Fact-card deck", "Quiz",
                "Source analysis").containsPattern("¶\\d+ of " + StudentFixtures.DEMO_DOCUMENT);
        for (Block block : demo.lesson().blocks()) {
            assertThat(_find(Div.class, spec -> spec.withId("block-" + block.id()))).hasSize(1);
        }
        Timeline timeline = block(demo, Timeline.class);
        assertThat(text).contains(timeline.entries().get(0).date(), timeline.entries().get(0).text());
        FactCard first = (FactCard) demo.item(block(demo, FactCardDeck.class).cards().get(0)).orElseThrow();
        assertThat(text).contains(first.prompt());
        Quiz quiz = block(demo, Quiz.class);
        Div panel = _get(Div.class, spec -> spec.withId("quiz-" + quiz.id()));
        assertThat(panel.getElement().getTextRecursively()).contains("Questions: " + quiz.questions().size(),
                "No time limit", "Highest attempt");
        assertThat(_get(panel, Button.class, spec -> spec.withClasses("quiz-start")).isEnabled()).isTrue();
    }

    @Test
    void startingTheQuizOpensTheAttemptAndTheButtonThenResumesIt() {
        login(StudentFixtures.enrol(context, createAccount("learner", Role.STUDENT)));
        PublishedLesson demo = StudentFixtures.demoLesson(context);
        Quiz quiz = block(demo, Quiz.class);
        open(StudentRoutes.lesson(demo.lesson().id()));

        _click(_get(Button.class, spec -> spec.withText("Start attempt")));

        QuizStatus status = context.getBean(QuizAttemptService.class).status(demo.lesson().id(), quiz.id());
        assertThat(status.runningAttempt()).isPresent();
        assertThat(requestedLocation()).isEqualTo(StudentRoutes.attempt(status.running()));
        open(StudentRoutes.lesson(demo.lesson().id()));
        assertThat(_find(Button.class, spec -> spec.withText("Resume attempt"))).hasSize(1);
        assertThat(currentView().getElement().getTextRecursively()).contains("Attempt 1, started", "in progress");
    }

    @Test
    void whenTheLastAttemptIsUsedUpElsewhereStartSaysWhyAndThePanelLinksToTheReview() {
        login(StudentFixtures.enrol(context, createAccount("learner", Role.STUDENT)));
        LessonId lesson = StudentFixtures.publishDemoCopy(context, "One attempt only",
                new QuizSettings(1, null, null, null, false, true, QuizSettings.DEFAULTS.feedbackTiming(),
                        QuizSettings.DEFAULTS.gradingMethod(), 0.5, null));
        Quiz quiz = block(StudentFixtures.demoLesson(context), Quiz.class);
        open(StudentRoutes.lesson(lesson));
        QuizAttemptService attempts = context.getBean(QuizAttemptService.class);
        QuizAttempt attempt = attempts.startOrResume(lesson, quiz.id());
        attempts.submit(attempt.id());

        _click(_get(Button.class, spec -> spec.withText("Start attempt")));

        expectNotifications("You have used all your attempts at this quiz.");
        assertThat(currentView()).isInstanceOf(LessonPlayerView.class);
        Div panel = _get(Div.class, spec -> spec.withId("quiz-" + quiz.id()));
        assertThat(panel.getElement().getTextRecursively()).contains("Attempts used: 1 of 1", "Your grade: 0%",
                "Attempt 1, started", "You have used all your attempts at this quiz.");
        assertThat(_get(panel, Button.class, spec -> spec.withClasses("quiz-start")).isEnabled()).isFalse();
        assertThat(_get(panel, Anchor.class, spec -> spec.withText("See the review")).getHref())
                .isEqualTo(StudentRoutes.attemptReview(attempt.id()));
    }

    @Test
    void ratingACardInTheLessonTakesItOutOfTodaysQueue() {
        login(StudentFixtures.enrol(context, createAccount("learner", Role.STUDENT)));
        PublishedLesson demo = StudentFixtures.demoLesson(context);
        CardReviewService reviews = context.getBean(CardReviewService.class);
        ItemId card = block(demo, FactCardDeck.class).cards().get(0);
        assertThat(reviews.memories(List.of(card)).get(card).isNew()).isTrue();
        open(StudentRoutes.lesson(demo.lesson().id()));
        FactCardFace face = _get(FactCardFace.class, spec -> spec.withId("card-" + card));
        assertThat(_find(face, Button.class, spec -> spec.withClasses("rate-good"))).isEmpty();

        _click(_get(face, Button.class, spec -> spec.withText("Flip card")));
        Button good = _get(face, Button.class, spec -> spec.withClasses("rate-good"));
        assertThat(good.getText()).startsWith("Good · ");
        _click(good);

        assertThat(queued(reviews)).doesNotContain(card);
        assertThat(reviews.memories(List.of(card)).get(card).reviews()).isEqualTo(1);
        assertThat(_get(face, Paragraph.class, spec -> spec.withClasses("card-next-review")).getText())
                .startsWith("Next review: ");
        assertThat(_find(face, Button.class, spec -> spec.withClasses("rate-good"))).isEmpty();
    }

    @Test
    void draftsAndUnknownLessonsAreNotFound() {
        LessonId draft = StudentFixtures.draftLesson(context);
        login("student");

        for (String location : List.of(StudentRoutes.lesson(draft), StudentRoutes.lesson(LessonId.random()),
                "student/lessons/not-a-lesson")) {
            open(location);
            assertThat(currentView()).as(location).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    void aPublishedLessonAssignedOnlyToAnotherClassIsNotFoundByItsId() {
        login(StudentFixtures.enrol(context, createAccount("member", Role.STUDENT)));
        LessonId theirs = StudentFixtures.publishDemoCopy(context, "Only for Class 9A", QuizSettings.DEFAULTS);
        PublishedLesson demo = StudentFixtures.demoLesson(context);

        newSession();
        login(createAccount("outsider", Role.STUDENT));
        for (LessonId lesson : List.of(theirs, demo.lesson().id())) {
            open(StudentRoutes.lesson(lesson));
            assertThat(currentView()).as(lesson.toString()).isInstanceOf(NotFoundView.class);
            assertThat(_find(Button.class, spec -> spec.withClasses("quiz-start"))).isEmpty();
        }
    }

    @Test
    void teachersAndAdminsCannotOpenStudentPages() {
        LessonId lesson = LessonId.random();
        for (String person : List.of("teacher", "admin")) {
            newSession();
            login(person);
            for (String location : List.of("student", StudentRoutes.lesson(lesson), StudentRoutes.CARD_REVIEW,
                    StudentRoutes.PROGRESS)) {
                open(location);
                assertThat(currentView()).as(person + " at " + location).isInstanceOf(AccessDeniedView.class);
            }
        }
    }

    /**
     * Where the page sent the browser: the view's location once the attempt page exists in this
     * build, else the address handed to the browser (Flow leaves paths without a route to it).
     */
    private static String requestedLocation() {
        var internals = UI.getCurrent().getInternals();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .flatMap(invocation -> invocation.getInvocation().getParameters().stream())
                .map(String::valueOf)
                .filter(parameter -> parameter.startsWith("student/attempts/"))
                .findFirst()
                .orElseGet(() -> internals.getActiveViewLocation().getPath());
    }

    static List<ItemId> queued(CardReviewService reviews) {
        return reviews.queue().cards().stream().map(ReviewCard::card).map(FactCard::id).toList();
    }

    static <T extends Block> T block(PublishedLesson lesson, Class<T> kind) {
        return lesson.lesson().blocks().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }
}
