package org.sourcebook.ui.student.lessons;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;
import org.sourcebook.cardreview.CardReviewService;
import org.sourcebook.cardreview.Rated;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.review.CardMemory;
import org.sourcebook.content.review.Rating;
import org.sourcebook.lesson.PublishedLesson;
import org.sourcebook.ui.lesson.FactCardFace;
import org.sourcebook.ui.lesson.LessonBlocks;
import org.sourcebook.ui.student.RatingButtons;
import org.sourcebook.ui.student.StudentFormats;

/**
 * A deck in the lesson player: each card flips, and once its answer shows the student rates it,
 * which schedules it in their daily review like a rating on the review page.
 */
class PlayerDeck extends Div {

    private final CardReviewService reviews;
    private final Map<ItemId, CardMemory> memories;

    PlayerDeck(FactCardDeck deck, PublishedLesson lesson, CardReviewService reviews) {
        this.reviews = reviews;
        this.memories = new java.util.HashMap<>(reviews.memories(deck.cards()));
        addClassName("player-deck");
        for (ItemId id : deck.cards()) {
            add(lesson.item(id).filter(FactCard.class::isInstance).<Component>map(card -> card((FactCard) card))
                    .orElseGet(() -> LessonBlocks.missing(this, id)));
        }
    }

    private Component card(FactCard card) {
        FactCardFace face = new FactCardFace(card);
        face.setId("card-" + card.id());
        Div rating = new Div();
        rating.addClassName("card-rating");
        face.add(rating);
        face.addFlipListener(() -> {
            rating.removeAll();
            if (face.showsAnswer()) {
                CardMemory memory = memories.get(card.id());
                rating.add(new RatingButtons(reviews.intervals(memory), chosen -> rate(card, chosen, rating)));
            }
        });
        return face;
    }

    private void rate(FactCard card, Rating rating, Div ratingArea) {
        CardMemory memory = memories.get(card.id());
        Rated rated;
        try {
            rated = reviews.rate(card.id(), rating, memory.reviews());
        } catch (IllegalArgumentException noLongerOpen) {
            Notification.show(getTranslation("student.lesson.gone"));
            return;
        }
        memories.put(card.id(), rated.memory());
        if (!rated.applied()) {
            Notification.show(getTranslation("student.card.rated-elsewhere"));
        }
        ratingArea.removeAll();
        Paragraph next = new Paragraph(getTranslation("student.card.next-review",
                StudentFormats.dateTime(this, rated.memory().due())));
        next.addClassName("card-next-review");
        ratingArea.add(next);
    }
}
