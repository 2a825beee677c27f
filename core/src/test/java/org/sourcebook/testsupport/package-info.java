/** Helpers for core's tests: a movable clock, embedded PostgreSQL, running code as a signed-in person. */
@NullMarked
package org.sourcebook.testsupport;

import org.jspecify.annotations.NullMarked;
