package org.sourcebook.cardreview;

import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.review.CardMemory;

/**
 * A card in the student's queue: the card, the lesson it comes from, and what the scheduler
 * knows of it ({@link CardMemory#isNew()} for a card never reviewed).
 */
public record ReviewCard(FactCard card, LessonId lesson, String lessonTitle, CardMemory memory) {}
