/**
 * The teacher's lessons: the list and the lesson editor. Bundle keys start with {@code lessons.}
 * (shared lesson words with {@code lesson.}).
 */
@NullMarked
package org.sourcebook.ui.teacher.lessons;

import org.jspecify.annotations.NullMarked;
