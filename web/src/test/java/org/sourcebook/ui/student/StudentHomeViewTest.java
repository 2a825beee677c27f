package org.sourcebook.ui.student;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.sourcebook.cardreview.CardReviewService;
import org.sourcebook.content.account.Role;
import org.sourcebook.lesson.PublishedLesson;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.student.review.CardReviewView;

class StudentHomeViewTest extends KaribuTest {

    @Test
    void theDemoStudentSeesTheDemoLessonAndHowManyCardsAreDue() {
        login("student");
        PublishedLesson demo = StudentFixtures.demoLesson(context);
        int due = context.getBean(CardReviewService.class).dueToday();

        assertThat(currentView()).isInstanceOf(StudentHomeView.class);
        assertThat(_get(Div.class, spec -> spec.withId("cards-due")).getElement().getTextRecursively())
                .contains("Cards to review today: " + due);
        Div lesson = _get(Div.class, spec -> spec.withId("lesson-" + demo.lesson().id()));
        String text = lesson.getElement().getTextRecursively();
        assertThat(text).contains(StudentFixtures.DEMO_TITLE, "Teacher: ", "Best score:", "Cards studied:");
        Anchor link = _get(lesson, Anchor.class, spec -> spec.withText(demo.lesson().title()));
        assertThat(link.getHref()).isEqualTo(StudentRoutes.lesson(demo.lesson().id()));
    }

    @Test
    void aNewStudentHasNewCardsToReviewAndTheButtonOpensTheReview() {
        login(StudentFixtures.enrol(context, createAccount("learner", Role.STUDENT)));
        int due = context.getBean(CardReviewService.class).dueToday();
        assertThat(due).isPositive();

        assertThat(_get(Div.class, spec -> spec.withId("cards-due")).getElement().getTextRecursively())
                .contains("Cards to review today: " + due);
        _click(_get(Button.class, spec -> spec.withId("start-review")));

        assertThat(currentView()).isInstanceOf(CardReviewView.class);
    }
}
