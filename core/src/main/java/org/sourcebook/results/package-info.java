/** A teacher's results: the attempts at their lessons' quizzes, item analysis, and regrading. */
@NullMarked
package org.sourcebook.results;

import org.jspecify.annotations.NullMarked;
