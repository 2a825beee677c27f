package org.sourcebook.source;

import org.sourcebook.content.source.DocumentId;

/**
 * A re-import was refused, and nothing stored, because little of the document's current text
 * stands in the new file: it may be another document. The teacher can import it as a new document,
 * or store it anyway with {@link ReimportMode#EVEN_IF_LITTLE_IS_KEPT}.
 */
public class LittleTextKeptException extends RuntimeException {

    private final int latestVersion;
    private final double keptShare;

    public LittleTextKeptException(DocumentId document, int latestVersion, double keptShare) {
        super("Only " + Math.round(keptShare * 100) + "% of version " + latestVersion + " of document " + document
                + " stands in the new file; nothing was stored");
        this.latestVersion = latestVersion;
        this.keptShare = keptShare;
    }

    /** The document's current version, which the file was compared with. */
    public int latestVersion() {
        return latestVersion;
    }

    /** The share in [0, 1] of that version's text that stands in the new file. */
    public double keptShare() {
        return keptShare;
    }
}
