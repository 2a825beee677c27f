package org.sourcebook.content.lesson;

import java.util.List;
import org.sourcebook.content.item.Problem;

/**
 * One part of a lesson, shown in order. Blocks refer to items by id, so one item can serve in
 * several lessons and edits to it show everywhere.
 */
public sealed interface Block
        permits ReadingExcerpt, FactCardDeck, Quiz, Timeline, DiscussionPrompt, SourceAnalysis {

    /** Stable while the block is edited or moved, so the editor and answers can refer to it. */
    BlockId id();

    BlockKind kind();

    /** What keeps this block from being usable; empty when it is valid. */
    List<Problem> problems();
}
