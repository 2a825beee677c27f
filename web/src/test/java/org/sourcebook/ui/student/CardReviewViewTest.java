package org.sourcebook.ui.student;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import elemental.json.JsonObject;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcebook.cardreview.CardReviewService;
import org.sourcebook.cardreview.ReviewCard;
import org.sourcebook.cardreview.ReviewQueue;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.review.Rating;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.student.review.CardReviewView;

class CardReviewViewTest extends KaribuTest {

    @Test
    void aNewStudentSeesTheNewCardsAndRatingOneGoodTakesItOutOfTodaysQueue() {
        login(StudentFixtures.enrol(context, createAccount("learner", Role.STUDENT)));
        CardReviewService reviews = context.getBean(CardReviewService.class);
        ReviewQueue queue = reviews.queue();
        assertThat(queue.cards()).isNotEmpty();
        assertThat(queue.due()).isZero();
        ReviewCard first = queue.cards().get(0);

        open(StudentRoutes.CARD_REVIEW);

        assertThat(currentView()).isInstanceOf(CardReviewView.class);
        int count = queue.cards().size();
        assertThat(counters()).isEqualTo("Due: 0 · New: " + count + " · Left: " + count);
        assertThat(text("review-front")).isEqualTo(first.card().prompt());
        assertThat(text("review-lesson")).isEqualTo(first.lessonTitle());
        assertThat(_find(Paragraph.class, spec -> spec.withId("review-back"))).isEmpty();
        assertThat(text("review-keys")).contains("Space", "1 Again", "4 Easy");

        _click(_get(Button.class, spec -> spec.withId("show-answer")));
        assertThat(text("review-back")).isEqualTo(first.card().canonicalAnswer());
        Button good = _get(Button.class, spec -> spec.withClasses("rate-good"));
        assertThat(good.getText()).matches("Good · \\d+ (min|h|d)");
        assertThat(_get(Button.class, spec -> spec.withClasses("rate-easy")).getText()).matches("Easy · \\d+ d");
        _click(good);

        assertThat(ids(reviews.queue())).doesNotContain(first.card().id());
        assertThat(reviews.memories(List.of(first.card().id())).get(first.card().id()).reviews()).isEqualTo(1);
        if (count > 1) {
            assertThat(counters()).endsWith("Left: " + (count - 1));
            assertThat(text("review-front")).isEqualTo(queue.cards().get(1).card().prompt());
            assertThat(_find(Paragraph.class, spec -> spec.withId("review-back"))).isEmpty();
        }
    }

    @Test
    void spaceShowsTheAnswerAndTheNumberKeysRate() {
        login(StudentFixtures.enrol(context, createAccount("learner", Role.STUDENT)));
        CardReviewService reviews = context.getBean(CardReviewService.class);
        List<ReviewCard> queue = reviews.queue().cards();
        assertThat(queue).hasSizeGreaterThan(2);
        open(StudentRoutes.CARD_REVIEW);

        fireShortcut(Key.DIGIT_3);
        assertThat(reviews.memories(List.of(queue.get(0).card().id())).get(queue.get(0).card().id()).isNew())
                .as("a rating key does nothing before the answer shows").isTrue();
        fireShortcut(Key.SPACE);
        assertThat(text("review-back")).isEqualTo(queue.get(0).card().canonicalAnswer());
        fireShortcut(Key.DIGIT_1);

        assertThat(text("review-front")).isEqualTo(queue.get(1).card().prompt());
        ItemId again = queue.get(0).card().id();
        assertThat(reviews.memories(List.of(again)).get(again).reviews()).isEqualTo(1);
        assertThat(ids(reviews.queue())).as("rated Again, due again in a minute, not now").doesNotContain(again);

        fireShortcut(Key.SPACE);
        fireShortcut(Key.NUMPAD_4);
        ItemId easy = queue.get(1).card().id();
        assertThat(reviews.memories(List.of(easy)).get(easy).reviews()).isEqualTo(1);
        assertThat(text("review-front")).isEqualTo(queue.get(2).card().prompt());
    }

    @Test
    void spaceOnAFocusedRatingButtonRatesOnceAndDoesNotAlsoTurnTheNextCard() throws ReflectiveOperationException {
        login(StudentFixtures.enrol(context, createAccount("learner", Role.STUDENT)));
        List<ReviewCard> queue = context.getBean(CardReviewService.class).queue().cards();
        assertThat(queue).hasSizeGreaterThan(1);
        open(StudentRoutes.CARD_REVIEW);
        fireShortcut(Key.SPACE);

        // A browser sends the focused button's click and the page's Space shortcut in one round trip.
        _click(_get(Button.class, spec -> spec.withClasses("rate-good")));
        BasicUtilsKt._fireDomEvent(UI.getCurrent(), "keydown", keyDown(Key.SPACE));

        assertThat(text("review-front")).isEqualTo(queue.get(1).card().prompt());
        assertThat(_find(Paragraph.class, spec -> spec.withId("review-back"))).isEmpty();
        fireShortcut(Key.SPACE);
        assertThat(text("review-back")).isEqualTo(queue.get(1).card().canonicalAnswer());
    }

    /** Karibu's key event data, which {@code fireShortcut} builds but always after a round trip. */
    private static JsonObject keyDown(Key key) throws ReflectiveOperationException {
        Constructor<?> constructor = Class.forName("com.github.mvysny.kaributesting.v10.MockFilterJsonObject")
                .getConstructor(Key.class, Set.class);
        constructor.setAccessible(true);
        return (JsonObject) constructor.newInstance(key, Set.of());
    }

    @Test
    void whenEveryCardIsRatedThePageSaysAllDoneAndWhenTheNextIsDue() {
        login(StudentFixtures.enrol(context, createAccount("learner", Role.STUDENT)));
        CardReviewService reviews = context.getBean(CardReviewService.class);
        for (int round = 0; round < 3 && !reviews.queue().isEmpty(); round++) {
            reviews.queue().cards().forEach(card -> reviews.rate(card.card().id(), Rating.EASY, card.memory().reviews()));
        }
        assertThat(reviews.queue().isEmpty()).isTrue();
        assertThat(reviews.nextDue()).isPresent();

        open(StudentRoutes.CARD_REVIEW);

        Div done = _get(Div.class, spec -> spec.withId("review-done"));
        assertThat(done.getElement().getTextRecursively()).contains("All done for today.", "The next card is due ");
        assertThat(_find(Div.class, spec -> spec.withId("review-card"))).isEmpty();
        assertThat(counters()).isEqualTo("Due: 0 · New: 0 · Left: 0");
    }

    private static List<ItemId> ids(ReviewQueue queue) {
        return queue.cards().stream().map(card -> card.card().id()).toList();
    }

    private static String counters() {
        return _get(Span.class, spec -> spec.withId("review-counters")).getText();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
