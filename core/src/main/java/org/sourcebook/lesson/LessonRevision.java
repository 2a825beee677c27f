package org.sourcebook.lesson;

import java.time.Instant;

/**
 * One save of a lesson, for its history list.
 *
 * @param number counts from 1 per lesson
 * @param savedBy the display name of who saved it, as it was then
 */
public record LessonRevision(int number, Instant savedAt, String savedBy, String title) {}
