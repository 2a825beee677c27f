/** Pieces every audience shares: main layout, login, home routing, error pages, error handling. */
@NullMarked
package org.sourcebook.ui.base;

import org.jspecify.annotations.NullMarked;
