package org.sourcebook.security;

import org.sourcebook.testsupport.UsesEmbeddedPostgres;

/** {@link LoginThrottleServiceContract} on PostgreSQL, the production database. */
@UsesEmbeddedPostgres
class LoginThrottleServicePostgresIT extends LoginThrottleServiceContract {}
