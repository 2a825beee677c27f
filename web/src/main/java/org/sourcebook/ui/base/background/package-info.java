/** Work that runs off the request thread (document imports, account imports) on a small bounded pool. */
@NullMarked
package org.sourcebook.ui.base.background;

import org.jspecify.annotations.NullMarked;
