/** Items (fact cards and questions) in the database: the question bank every lesson draws from. */
@NullMarked
package org.sourcebook.item;

import org.jspecify.annotations.NullMarked;
