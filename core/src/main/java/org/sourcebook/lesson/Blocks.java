package org.sourcebook.lesson;

import java.util.List;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.BlockKind;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.FactCardDeck;
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
}
