/** Student views. Assigned lessons, quizzes, fact-card review and progress. Every view here is {@code @RolesAllowed(Role.Name.STUDENT)}. */
@NullMarked
package org.sourcebook.ui.student;

import org.jspecify.annotations.NullMarked;
