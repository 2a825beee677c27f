package org.sourcebook.source;

import org.sourcebook.content.source.DocumentId;

/**
 * The document or version does not exist, or belongs to someone else: the two cases read the
 * same, so nobody learns about other people's documents by guessing ids.
 */
public class NoSuchDocumentException extends RuntimeException {

    /** @param version the version asked for, or 0 for the document as a whole */
    public NoSuchDocumentException(DocumentId id, int version) {
        super(version == 0 ? "No document " + id : "No document " + id + " version " + version);
    }
}
