/** Test helpers shared with the web module's tests through core's test-jar. */
@NullMarked
package org.sourcebook.testsupport;

import org.jspecify.annotations.NullMarked;
