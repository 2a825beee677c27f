package org.sourcebook.lesson;

import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.LessonId;

/**
 * Where an item stood in a lesson: its deck or quiz and its position there (from 0), kept so that
 * an undone rejection can put the item back where it was.
 */
public record ItemPlace(LessonId lesson, BlockId block, int position, ItemId item) {}
