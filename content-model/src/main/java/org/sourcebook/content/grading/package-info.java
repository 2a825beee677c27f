/**
 * Grading: a learner's response to a question becomes a {@link org.sourcebook.content.grading.Grade}
 * between 0 and 1, with partial credit where the kind allows it. Graders never throw on a
 * response; a response that does not fit the question scores 0 with a reason. The rules are
 * described for teachers in {@code docs/grading.md}.
 */
@NullMarked
package org.sourcebook.content.grading;

import org.jspecify.annotations.NullMarked;
