package org.sourcebook.persistence;

import org.jspecify.annotations.Nullable;

/**
 * Someone saved the thing since the editor loaded it; saving again would overwrite their change.
 * The editor should offer to reload (and keep the person's own text to copy from).
 */
public class ConcurrentEditException extends RuntimeException {

    /** The service saw a newer version than the one the edit started from. */
    public ConcurrentEditException(String what, Object id, long expectedVersion, long actualVersion) {
        super(what + " " + id + " was changed by someone else (version " + actualVersion + ", you edited version "
                + expectedVersion + ")");
    }

    /**
     * Another save of the same version committed while this one was under way, so the database
     * refused the write (see {@link ConcurrentEditTranslation}).
     */
    ConcurrentEditException(String what, @Nullable Object id, Throwable refusedWrite) {
        super(what + " " + id + " was changed by someone else while this change was being saved", refusedWrite);
    }
}
