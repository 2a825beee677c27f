/** Persistence pieces shared by features: the columns every owned, versioned row has. */
@NullMarked
package org.sourcebook.persistence;

import org.jspecify.annotations.NullMarked;
