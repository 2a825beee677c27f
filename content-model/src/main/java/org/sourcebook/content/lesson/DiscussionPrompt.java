package org.sourcebook.content.lesson;

import java.util.List;
import java.util.Objects;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.Problems;

/** A question for the class to discuss; not graded. */
public record DiscussionPrompt(BlockId id, String text) implements Block {

    public DiscussionPrompt {
        Objects.requireNonNull(id, "a block needs an id");
        Objects.requireNonNull(text, "text must not be null (use an empty text)");
    }

    @Override
    public BlockKind kind() {
        return BlockKind.DISCUSSION_PROMPT;
    }

    @Override
    public List<Problem> problems() {
        return new Problems().check(!text.isBlank(), "discussion-blank", "a discussion prompt needs a text").toList();
    }
}
