package org.sourcebook.lesson;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sourcebook.content.item.ItemId;
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
import org.sourcebook.content.source.Span;

/** A lesson with one block of every kind and non-default quiz settings, for storage tests. */
final class LessonSamples {

    private LessonSamples() {}

    static Lesson everyBlockKind(Span passage, List<ItemId> cards, List<ItemId> questions) {
        var settings = new QuizSettings(2, Duration.ofMinutes(20), Instant.parse("2026-03-01T08:00:00Z"),
                Instant.parse("2026-03-08T18:00:00Z"), true, true, FeedbackTiming.AFTER_CLOSE, GradingMethod.AVERAGE, 0.6, QuizLayout.ALL_ON_ONE_PAGE);
        return new Lesson(LessonId.random(), "The Khojaly statement as a source", "Reading a commemorative statement.",
                List.of("Say who wrote the statement and why", "Tell claims from corroborated facts"),
                List.of(
                        new ReadingExcerpt(BlockId.random(), List.of(passage)),
                        new FactCardDeck(BlockId.random(), cards),
                        new Quiz(BlockId.random(), questions, settings),
                        new Timeline(BlockId.random(), List.of(
                                new TimelineEntry("26 February 1992", "The attack the statement commemorates", passage),
                                new TimelineEntry("2021", "The 29th anniversary statement", null))),
                        new DiscussionPrompt(BlockId.random(), "What would a second source need to show?"),
                        new SourceAnalysis(BlockId.random(), passage.documentId(), "A state statement",
                                "Commemoration", "One side of a contested event", "Casualty figures: not here",
                                "The other side's account")));
    }
}
