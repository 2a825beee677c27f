/** The daily fact-card review: one card at a time, flipped and rated with buttons or keys. */
@NullMarked
package org.sourcebook.ui.student.review;

import org.jspecify.annotations.NullMarked;
