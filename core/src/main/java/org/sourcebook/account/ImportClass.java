package org.sourcebook.account;

import java.util.UUID;

/**
 * A teacher's class as an account import sees it: a student row may join it. {@code id} is the
 * class's id (the classes feature's {@code ClassId} value).
 */
public record ImportClass(UUID id, String name, String ownerUsername) {

    /** How a file names this class when several teachers have one of the same name. */
    public String qualifiedName() {
        return ownerUsername + "/" + name;
    }
}
