/** The student's progress per lesson: scores, attempts, cards and retention, with a chart of scores. */
@NullMarked
package org.sourcebook.ui.student.progress;

import org.jspecify.annotations.NullMarked;
