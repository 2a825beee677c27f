/** Sourcebook: turns source documents into lessons, fact cards and quizzes. */
@NullMarked
package org.sourcebook;

import org.jspecify.annotations.NullMarked;
