package org.sourcebook.ui.student;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.sourcebook.attempt.QuizAttempt;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.cardreview.CardReviewService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.review.Rating;
import org.sourcebook.lesson.PublishedLesson;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.student.progress.ProgressView;

class ProgressViewTest extends KaribuTest {

    @Test
    void afterASubmittedAttemptAndAStudiedCardTheProgressShowsTheNumbersAndAChart() {
        login(StudentFixtures.enrol(context, createAccount("learner", Role.STUDENT)));
        PublishedLesson demo = StudentFixtures.demoLesson(context);
        Quiz quiz = LessonPlayerViewTest.block(demo, Quiz.class);
        FactCardDeck deck = LessonPlayerViewTest.block(demo, FactCardDeck.class);
        QuizAttemptService attempts = context.getBean(QuizAttemptService.class);
        QuizAttempt attempt = attempts.startOrResume(demo.lesson().id(), quiz.id());
        attempts.submit(attempt.id());
        ItemId card = deck.cards().get(0);
        context.getBean(CardReviewService.class).rate(card, Rating.EASY, 0);
        int total = demo.cards().size();

        open(StudentRoutes.PROGRESS);

        assertThat(currentView()).isInstanceOf(ProgressView.class);
        Div panel = _get(Div.class, spec -> spec.withId("progress-" + demo.lesson().id()));
        assertThat(panel.getElement().getTextRecursively()).contains(StudentFixtures.DEMO_TITLE, "Best score: 0%",
                "Attempts: 1", "Cards learned: 1 · studied: 1 · in the lesson: " + total, "Estimated retention: 100%",
                "Scores of the submitted attempts, in order:");
        Div chart = _get(panel, Div.class, spec -> spec.withClasses("score-chart"));
        assertThat(chart.getElement().getAttribute("aria-label"))
                .isEqualTo("Scores of your submitted attempts, in order: 0%");
        assertThat(_find(chart, Div.class, spec -> spec.withClasses("score-bar"))).hasSize(1);
    }

    @Test
    void theMenuOffersTheReviewAndTheProgress() {
        login("student");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsSubsequence("Student home", "Review cards", "My progress");
    }
}
