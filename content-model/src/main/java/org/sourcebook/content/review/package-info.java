/** Fact-card review on the FSRS-6 schedule: card memories, ratings, the scheduler and its log. */
@NullMarked
package org.sourcebook.content.review;

import org.jspecify.annotations.NullMarked;
