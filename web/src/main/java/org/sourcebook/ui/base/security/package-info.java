/** HTTP security: form login through the Vaadin login view, throttling, logout, exposed endpoints. */
@NullMarked
package org.sourcebook.ui.base.security;

import org.jspecify.annotations.NullMarked;
