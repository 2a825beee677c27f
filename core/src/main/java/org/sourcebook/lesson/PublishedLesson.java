package org.sourcebook.lesson;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.FlaggedQuestions;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;

/**
 * A published lesson as a student opens it: the lesson, who published it, and everything its
 * blocks refer to (the items of its decks and quizzes that were accepted, including those waiting
 * for review after a re-import, and the document versions its passages and items cite). Items or
 * versions that have gone since publishing, and rejected items, are simply absent.
 *
 * @param due when the student's assignment of it is due; null when no due date is set
 */
public record PublishedLesson(
        Lesson lesson,
        String teacherName,
        Instant updatedAt,
        Map<ItemId, Item> items,
        Map<VersionKey, DocumentVersion> versions,
        @Nullable Instant due) {

    /** Names one version of one document. */
    public record VersionKey(DocumentId document, int version) {}

    public PublishedLesson {
        items = Map.copyOf(items);
        versions = Map.copyOf(versions);
    }

    public Optional<Item> item(ItemId id) {
        return Optional.ofNullable(items.get(id));
    }

    public Optional<DocumentVersion> version(DocumentId document, int version) {
        return Optional.ofNullable(versions.get(new VersionKey(document, version)));
    }

    /** The quiz block with {@code id}. */
    public Optional<Quiz> quiz(BlockId id) {
        return lesson.blocks().stream()
                .filter(block -> block.id().equals(id) && block instanceof Quiz)
                .map(Quiz.class::cast)
                .findFirst();
    }

    /** The questions of {@code quiz} that can still be shown, in the order the teacher listed them. */
    public List<Question> questionsOf(Quiz quiz) {
        return quiz.questions().stream()
                .map(items::get)
                .filter(Question.class::isInstance)
                .map(Question.class::cast)
                .toList();
    }

    /**
     * True when {@code quiz} takes no new attempts for now: its teacher chose to hold it while
     * questions wait for review ({@link FlaggedQuestions#HOLD_QUIZ}), and one of them does.
     */
    public boolean isHeld(Quiz quiz) {
        return quiz.settings().whenFlagged() == FlaggedQuestions.HOLD_QUIZ
                && questionsOf(quiz).stream().anyMatch(question -> question.status() == ItemStatus.NEEDS_REVIEW);
    }

    /** The fact cards of every deck in the lesson, each once, in lesson order. */
    public List<FactCard> cards() {
        return lesson.blocks().stream()
                .filter(FactCardDeck.class::isInstance)
                .flatMap(block -> ((FactCardDeck) block).cards().stream())
                .distinct()
                .map(items::get)
                .filter(FactCard.class::isInstance)
                .map(FactCard.class::cast)
                .toList();
    }

    /** The quiz blocks, in lesson order. */
    public List<Quiz> quizzes() {
        return lesson.blocks().stream().filter(Quiz.class::isInstance).map(Quiz.class::cast).toList();
    }
}
