/** The lesson player: a published lesson's blocks, its decks to rate and its quizzes to start. */
@NullMarked
package org.sourcebook.ui.student.lessons;

import org.jspecify.annotations.NullMarked;
