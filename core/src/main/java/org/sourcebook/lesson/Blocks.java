package org.sourcebook.lesson;

import java.util.Collection;
import java.util.List;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.BlockKind;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.lesson.Timeline;

/** Making blocks: an empty one of each kind, and copies under a new id. */
public final class Blocks {

    private Blocks() {}

    /** A new block of {@code kind} with nothing in it yet (quizzes get the default settings). */
    public static Block empty(BlockKind kind) {
        BlockId id = BlockId.random();
        switch (kind) {
            case READING_EXCERPT:
                return new ReadingExcerpt(id, List.of());
            case FACT_CARD_DECK:
                return new FactCardDeck(id, List.of());
            case QUIZ:
                return new Quiz(id, List.of(), QuizSettings.DEFAULTS);
            case TIMELINE:
                return new Timeline(id, List.of());
            case DISCUSSION_PROMPT:
                return new DiscussionPrompt(id, "");
            default:
                return new SourceAnalysis(id, null, "", "", "", "", "");
        }
    }

    /** The same content under a new block id. */
    public static Block withNewId(Block block) {
        BlockId id = BlockId.random();
        if (block instanceof ReadingExcerpt excerpt) {
            return new ReadingExcerpt(id, excerpt.passages());
        } else if (block instanceof FactCardDeck deck) {
            return new FactCardDeck(id, deck.cards());
        } else if (block instanceof Quiz quiz) {
            return new Quiz(id, quiz.questions(), quiz.settings());
        } else if (block instanceof Timeline timeline) {
            return new Timeline(id, timeline.entries());
        } else if (block instanceof DiscussionPrompt prompt) {
            return new DiscussionPrompt(id, prompt.text());
        }
        SourceAnalysis analysis = (SourceAnalysis) block;
        return new SourceAnalysis(id, analysis.document(), analysis.origin(), analysis.purpose(),
                analysis.perspective(), analysis.corroboration(), analysis.missing());
    }

    /**
     * {@code lesson} without {@code items} in its decks and quizzes (other blocks do not hold items);
     * equal to {@code lesson} when it uses none of them.
     */
    public static Lesson withoutItems(Lesson lesson, Collection<ItemId> items) {
        List<Block> blocks = lesson.blocks().stream()
                .map(block -> withItems(block, without(items(block), items)))
                .toList();
        return new Lesson(lesson.id(), lesson.title(), lesson.summary(), lesson.objectives(), blocks);
    }

    private static List<ItemId> without(List<ItemId> ids, Collection<ItemId> removed) {
        return ids.stream().filter(id -> !removed.contains(id)).toList();
    }

    /** The items a block holds in order: a deck's cards, a quiz's questions; none for other kinds. */
    public static List<ItemId> items(Block block) {
        if (block instanceof FactCardDeck deck) {
            return deck.cards();
        }
        return block instanceof Quiz quiz ? quiz.questions() : List.of();
    }

    /** {@code lesson} with each place's item put back at its position (in position order), unless its block holds it already. */
    static Lesson withItemsAt(Lesson lesson, List<ItemPlace> places) {
        List<Block> blocks = lesson.blocks().stream().map(block -> {
            List<ItemId> held = new java.util.ArrayList<>(items(block));
            places.stream().filter(place -> place.block().equals(block.id()) && !held.contains(place.item()))
                    .sorted(java.util.Comparator.comparingInt(ItemPlace::position))
                    .forEach(place -> held.add(Math.min(place.position(), held.size()), place.item()));
            return withItems(block, held);
        }).toList();
        return new Lesson(lesson.id(), lesson.title(), lesson.summary(), lesson.objectives(), blocks);
    }

    private static Block withItems(Block block, List<ItemId> held) {
        if (block instanceof FactCardDeck deck) {
            return new FactCardDeck(deck.id(), held);
        }
        return block instanceof Quiz quiz ? new Quiz(quiz.id(), held, quiz.settings()) : block;
    }
}
