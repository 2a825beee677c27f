/**
 * Quiz attempts: starting within the settings, every answer stored when given (idempotent, in
 * order), resuming, the server-kept deadline with automatic submission, grading and review.
 */
@NullMarked
package org.sourcebook.attempt;

import org.jspecify.annotations.NullMarked;
