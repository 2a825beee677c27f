package org.sourcebook.persistence;

/**
 * Someone saved the thing since the editor loaded it; saving again would overwrite their change.
 * The editor should offer to reload (and keep the person's own text to copy from).
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, Object id, long expectedVersion, long actualVersion) {
        super(what + " " + id + " was changed by someone else (version " + actualVersion + ", you edited version "
                + expectedVersion + ")");
    }
}
