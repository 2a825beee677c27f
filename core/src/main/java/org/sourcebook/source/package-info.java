/** Source documents in the database: each import or re-import stores an immutable version. */
@NullMarked
package org.sourcebook.source;

import org.jspecify.annotations.NullMarked;
