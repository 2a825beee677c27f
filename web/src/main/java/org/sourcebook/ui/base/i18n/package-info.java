/** UI languages: translations from resource bundles and each person's remembered choice. */
@NullMarked
package org.sourcebook.ui.base.i18n;

import org.jspecify.annotations.NullMarked;
