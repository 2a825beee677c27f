/**
 * The teacher's classes: the list, and a class's students (search, CSV list) and assigned lessons.
 * Bundle keys start with {@code classes.}.
 */
@NullMarked
package org.sourcebook.ui.teacher.classes;

import org.jspecify.annotations.NullMarked;
