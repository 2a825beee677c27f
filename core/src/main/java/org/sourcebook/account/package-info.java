/** Accounts: who can sign in, with which roles, and their preferences. */
@NullMarked
package org.sourcebook.account;

import org.jspecify.annotations.NullMarked;
