/**
 * What a student sees of their own study: open lessons with quiz grades, card progress and due
 * dates.
 */
@NullMarked
package org.sourcebook.study;

import org.jspecify.annotations.NullMarked;
