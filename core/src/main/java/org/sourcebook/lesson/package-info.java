/** Lessons in the database: title and status as columns, the blocks as a JSON body. */
@NullMarked
package org.sourcebook.lesson;

import org.jspecify.annotations.NullMarked;
