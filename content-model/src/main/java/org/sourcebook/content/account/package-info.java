/** Account values shared by every layer: roles and the rules for a valid username. */
@NullMarked
package org.sourcebook.content.account;

import org.jspecify.annotations.NullMarked;
