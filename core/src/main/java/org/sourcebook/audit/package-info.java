/** The audit log: sign-ins and every account change, kept after the accounts they name are gone. */
@NullMarked
package org.sourcebook.audit;

import org.jspecify.annotations.NullMarked;
