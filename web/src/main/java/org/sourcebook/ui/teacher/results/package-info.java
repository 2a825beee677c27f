/** The results of a teacher's lesson: attempts, item analysis with its chart, attempt detail, CSV export and regrading. */
@NullMarked
package org.sourcebook.ui.teacher.results;

import org.jspecify.annotations.NullMarked;
