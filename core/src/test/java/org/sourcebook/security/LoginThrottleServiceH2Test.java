package org.sourcebook.security;

/** {@link LoginThrottleServiceContract} on H2, the default database. */
class LoginThrottleServiceH2Test extends LoginThrottleServiceContract {}
