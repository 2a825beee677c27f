package org.sourcebook.lesson;

import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.lesson.BlockId;

/**
 * One thing that keeps a lesson from being published, and where it is, so that the teacher can be
 * shown exactly what to fix (and offered the fix) rather than a bare "cannot be published".
 *
 * @param problem what is wrong, as a stable code (see {@link PublishRefusedException})
 * @param block the block it is in; null for the lesson's own problems (title, objectives)
 * @param item the item it is about; null for the lesson's and the blocks' own problems
 */
public record PublishBlocker(Problem problem, @Nullable BlockId block, @Nullable ItemId item) {

    /** A problem of an item the lesson uses (not accepted, missing, of the wrong kind for its block). */
    public boolean isAboutAnItem() {
        return item != null;
    }
}
