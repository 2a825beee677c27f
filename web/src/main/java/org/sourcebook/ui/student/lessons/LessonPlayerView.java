package org.sourcebook.ui.student.lessons;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.cardreview.CardReviewService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.lesson.PublishedLesson;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.ui.lesson.LessonBlocks;
import org.sourcebook.ui.student.StudentRoutes;

/**
 * A published lesson for the student to work through: its blocks in order, decks whose cards
 * flip and can be rated, and each quiz with the student's attempts and the way into a new one.
 * Drafts and unknown lessons show the not-found page.
 */
@Route(StudentRoutes.LESSON)
@RolesAllowed(Role.Name.STUDENT)
public class LessonPlayerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LessonBlocks.Parts {

    private final PublishedLessonService lessons;
    private final CardReviewService reviews;
    private final QuizAttemptService attempts;
    private @Nullable PublishedLesson lesson;

    LessonPlayerView(PublishedLessonService lessons, CardReviewService reviews, QuizAttemptService attempts) {
        this.lessons = lessons;
        this.reviews = reviews;
        this.attempts = attempts;
        setId("lesson-player");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            lesson = lessons.open(LessonId.parse(event.getRouteParameters().get("lessonId").orElse("")));
        } catch (IllegalArgumentException | NoSuchLessonException notOpen) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new LessonBlocks(lesson.lesson(), new PublishedLessonSources(lesson), "block-", this));
    }

    @Override
    public Component deck(FactCardDeck deck) {
        return new PlayerDeck(deck, shown(), reviews);
    }

    @Override
    public Component quiz(Quiz quiz) {
        return new QuizPanel(shown().lesson().id(), quiz, attempts);
    }

    private PublishedLesson shown() {
        if (lesson == null) {
            throw new IllegalStateException("No lesson is open");
        }
        return lesson;
    }

    @Override
    public String getPageTitle() {
        return lesson == null ? getTranslation("student.lesson.title") : lesson.lesson().title();
    }
}
