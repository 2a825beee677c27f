package org.sourcebook.exchange;

/** A bundle that cannot be read: the message says what is wrong and where, fit to show a teacher. */
public class BundleFormatException extends RuntimeException {

    public BundleFormatException(String message) {
        super(message);
    }

    public BundleFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
