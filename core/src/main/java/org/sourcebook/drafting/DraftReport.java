package org.sourcebook.drafting;

import java.util.Map;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.lesson.LessonId;

/**
 * What drafting from a document stored.
 *
 * @param drafted how many items the engine drafted
 * @param added how many of them were new (drafting the same version again adds none)
 * @param addedByKind the new items counted by kind
 * @param lesson the drafted lesson's id
 * @param lessonAdded false when the lesson was already there from an earlier run (it is never overwritten)
 */
public record DraftReport(int drafted, int added, Map<ItemKind, Integer> addedByKind, LessonId lesson, boolean lessonAdded) {

    public DraftReport {
        addedByKind = Map.copyOf(addedByKind);
    }
}
