/**
 * Quiz attempts as values: when an attempt may start and must end, the answer sheet that saves
 * every answer once and in order, and the grading of a submitted attempt.
 */
@NullMarked
package org.sourcebook.content.quiz;

import org.jspecify.annotations.NullMarked;
