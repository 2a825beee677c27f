package org.sourcebook.audit;

/** What happened. Stored by name: add new kinds at will, never rename one. */
public enum AuditKind {
    LOGIN,
    LOGIN_FAILED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ROLE_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_DELETED,
    ACCOUNTS_IMPORTED,
    CLASS_ENROLLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    EXPORT
}
