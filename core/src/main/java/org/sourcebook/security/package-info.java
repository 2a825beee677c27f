/** Sign-in protection: throttling of repeated failed logins per account and per client address. */
@NullMarked
package org.sourcebook.security;

import org.jspecify.annotations.NullMarked;
