package org.sourcebook.account;

import java.util.List;
import java.util.UUID;

/**
 * The classes an account import may enrol new students in, across all teachers. The classes
 * feature provides it: classes depend on accounts, so accounts name only this contract.
 */
public interface ImportClasses {

    /** Every class with its owner's username (a school has a few hundred, not millions). */
    List<ImportClass> allClasses();

    /**
     * Enrols the student in the class, in the caller's transaction.
     *
     * @return false if the class no longer exists
     */
    boolean enrol(UUID classId, long studentId);
}
