/** The signed-in person's own account: changing the password, and the forced change after a reset. */
@NullMarked
package org.sourcebook.ui.account;

import org.jspecify.annotations.NullMarked;
