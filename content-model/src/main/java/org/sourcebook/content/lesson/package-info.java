/**
 * Lessons: a title, summary and objectives with an ordered list of blocks (reading, fact cards,
 * quiz, timeline, discussion, source analysis), and the settings of a quiz. Like items, lessons
 * list their problems instead of refusing to exist, so the editor can validate live.
 */
@NullMarked
package org.sourcebook.content.lesson;

import org.jspecify.annotations.NullMarked;
