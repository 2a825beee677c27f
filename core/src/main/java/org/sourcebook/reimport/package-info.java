/**
 * After a re-import: why an item waits for review (its cited passage changed, vanished or became
 * ambiguous, shown beside the passage that stands there now) and the teacher's one-click
 * decisions: re-cite the new passage (with the answer brought up to date), keep citing the old
 * version, or reject.
 */
@NullMarked
package org.sourcebook.reimport;

import org.jspecify.annotations.NullMarked;
