package org.sourcebook.classes;

/** The class or assignment does not exist or belongs to another teacher; both read the same. */
public class NoSuchClassException extends RuntimeException {

    public NoSuchClassException(Object id) {
        super("No class or assignment " + id);
    }
}
