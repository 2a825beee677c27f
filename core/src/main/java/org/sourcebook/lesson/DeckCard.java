package org.sourcebook.lesson;

import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.lesson.LessonId;

/** A fact card of a published lesson's deck, with the lesson it comes from. */
public record DeckCard(LessonId lesson, String lessonTitle, FactCard card) {}
