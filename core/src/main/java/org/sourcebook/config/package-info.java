/** Application-wide wiring of the core module: clock, method security, scheduling. */
@NullMarked
package org.sourcebook.config;

import org.jspecify.annotations.NullMarked;
