/**
 * Components that show a lesson as students see it, shared by the teacher's preview and the
 * student player. No views (routes) live here.
 */
@NullMarked
package org.sourcebook.ui.lesson;

import org.jspecify.annotations.NullMarked;
