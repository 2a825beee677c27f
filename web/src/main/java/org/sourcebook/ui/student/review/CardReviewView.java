package org.sourcebook.ui.student.review;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcebook.cardreview.CardReviewService;
import org.sourcebook.cardreview.Rated;
import org.sourcebook.cardreview.ReviewCard;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.review.Rating;
import org.sourcebook.ui.student.RatingButtons;
import org.sourcebook.ui.student.StudentFormats;
import org.sourcebook.ui.student.StudentRoutes;

/**
 * Today's fact-card review, one card at a time: the prompt, then (button or Space) the answer and
 * the four ratings, each with when the card would come back (buttons or keys 1 to 4). Cards rated
 * Again come back in the same session once they are due again: the queue is fetched anew when the
 * cards fetched before have all been rated.
 */
@Route(StudentRoutes.CARD_REVIEW)
@Menu(order = 21, icon = "vaadin:rotate-right", title = "student.nav.review")
@RolesAllowed(Role.Name.STUDENT)
public class CardReviewView extends VerticalLayout implements HasDynamicTitle {

    private static final Map<Rating, Key[]> KEYS = Map.of(
            Rating.AGAIN, new Key[] {Key.DIGIT_1, Key.NUMPAD_1},
            Rating.HARD, new Key[] {Key.DIGIT_2, Key.NUMPAD_2},
            Rating.GOOD, new Key[] {Key.DIGIT_3, Key.NUMPAD_3},
            Rating.EASY, new Key[] {Key.DIGIT_4, Key.NUMPAD_4});

    private final CardReviewService reviews;
    private final Deque<ReviewCard> cards = new ArrayDeque<>();
    private final Span counters = new Span();
    private final Span lessonTitle = new Span();
    private final Paragraph front = new Paragraph();
    private final Paragraph back = new Paragraph();
    private final Button showAnswer = new Button();
    private final Div ratings = new Div();
    private final Div card = new Div();
    private final Div done = new Div();
    private @Nullable ReviewCard current;
    private boolean answerShown;
    private boolean actedThisRoundTrip;

    CardReviewView(CardReviewService reviews) {
        this.reviews = reviews;
        setId("card-review");
        counters.setId("review-counters");
        lessonTitle.setId("review-lesson");
        lessonTitle.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        front.setId("review-front");
        front.addClassName(LumoUtility.FontSize.XLARGE);
        back.setId("review-back");
        back.addClassName(LumoUtility.FontSize.LARGE);
        showAnswer.setText(getTranslation("student.review.show-answer"));
        showAnswer.setId("show-answer");
        showAnswer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showAnswer.addClickListener(click -> byClick(this::showAnswer));
        ratings.setId("review-ratings");
        card.setId("review-card");
        card.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        card.setWidthFull();
        card.getElement().setAttribute("aria-live", "polite");
        card.add(lessonTitle, front, back, showAnswer, ratings);
        done.setId("review-done");
        Paragraph keys = new Paragraph(getTranslation("student.review.keys"));
        keys.setId("review-keys");
        keys.addClassName("keyboard-hint");
        keys.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(counters, card, done, keys);
        Shortcuts.addShortcutListener(this, () -> byKey(this::showAnswer), Key.SPACE);
        KEYS.forEach((rating, keysOf) -> {
            for (Key key : keysOf) {
                Shortcuts.addShortcutListener(this, () -> byKey(() -> rate(rating)), key);
            }
        });
        next();
    }

    /**
     * A key acts unless a button did so in the same round trip: Space on a focused button clicks
     * it as well, and must not then also turn over the next card.
     */
    private void byKey(Runnable action) {
        if (!actedThisRoundTrip) {
            action.run();
        }
    }

    private void byClick(Runnable action) {
        actedThisRoundTrip = true;
        getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> actedThisRoundTrip = false));
        action.run();
    }

    private void next() {
        if (cards.isEmpty()) {
            cards.addAll(reviews.queue().cards());
        }
        current = cards.poll();
        answerShown = false;
        ratings.removeAll();
        if (current == null) {
            showDone();
            return;
        }
        done.setVisible(false);
        card.setVisible(true);
        lessonTitle.setText(current.lessonTitle());
        front.setText(current.card().prompt());
        back.setText(current.card().canonicalAnswer());
        back.setVisible(false);
        showAnswer.setVisible(true);
        showCounters();
    }

    private void showCounters() {
        long fresh = cards.stream().filter(waiting -> waiting.memory().isNew()).count();
        long due = cards.size() - fresh;
        if (current != null) {
            fresh += current.memory().isNew() ? 1 : 0;
            due += current.memory().isNew() ? 0 : 1;
        }
        counters.setText(getTranslation("student.review.counters", due, fresh, due + fresh));
    }

    private void showAnswer() {
        if (current == null || answerShown) {
            return;
        }
        answerShown = true;
        back.setVisible(true);
        showAnswer.setVisible(false);
        ratings.add(new RatingButtons(reviews.intervals(current.memory()), rating -> byClick(() -> rate(rating))));
    }

    private void rate(Rating rating) {
        if (current == null || !answerShown) {
            return;
        }
        try {
            Rated rated = reviews.rate(current.card().id(), rating, current.memory().reviews());
            if (!rated.applied()) {
                Notification.show(getTranslation("student.card.rated-elsewhere"));
            }
        } catch (IllegalArgumentException noLongerOpen) {
            Notification.show(getTranslation("student.lesson.gone"));
        }
        next();
    }

    private void showDone() {
        card.setVisible(false);
        done.setVisible(true);
        done.removeAll();
        done.add(new Paragraph(getTranslation("student.review.done")));
        reviews.nextDue().ifPresent(due ->
                done.add(new Paragraph(getTranslation("student.review.next-due", StudentFormats.dateTime(this, due)))));
        Button again = new Button(getTranslation("student.review.check-again"), click -> next());
        again.setId("review-check-again");
        done.add(again);
        showCounters();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("student.review.title");
    }
}
