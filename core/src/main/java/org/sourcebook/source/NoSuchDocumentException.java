package org.sourcebook.source;

import org.sourcebook.content.source.DocumentId;

/**
 * The document or version does not exist, or belongs to someone else: the two cases read the
 * same, so nobody learns about other people's documents by guessing ids.
 */
public class NoSuchDocumentException extends RuntimeException {

    public NoSuchDocumentException(DocumentId id, int version) {
        super("No document " + id + " version " + version);
    }
}
