/** Admin views. Accounts, roles and the audit log. Every view here is {@code @RolesAllowed(Role.Name.ADMIN)}. */
@NullMarked
package org.sourcebook.ui.admin;

import org.jspecify.annotations.NullMarked;
