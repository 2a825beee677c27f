/** Teacher views. Documents, drafts, lessons, classes and results. Every view here is {@code @RolesAllowed(Role.Name.TEACHER)}. */
@NullMarked
package org.sourcebook.ui.teacher;

import org.jspecify.annotations.NullMarked;
