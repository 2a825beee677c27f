package org.sourcebook.account;

/** What a teacher may see of a student account: who it is, nothing else. */
public record StudentRef(long id, String username, String displayName) {}
