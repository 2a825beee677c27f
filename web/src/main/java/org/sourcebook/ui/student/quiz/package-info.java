/** Taking a quiz attempt, answer by answer, and reviewing it afterwards. Bundle keys start with {@code quiz.}. */
@NullMarked
package org.sourcebook.ui.student.quiz;

import org.jspecify.annotations.NullMarked;
