package org.sourcebook.drafting;

import org.sourcebook.content.source.TextRange;

/**
 * A pronoun that stands for the person a text is about, and how a prompt shows it instead: "she"
 * in "In 1891 she moved to Paris" shown as "[Curie]", the square brackets marking the editor's
 * words inside a quotation.
 *
 * @param range where the pronoun stands in the document text
 * @param shown what the prompt shows in its place
 */
public record PersonReference(TextRange range, String shown) {

    public int start() {
        return range.start();
    }

    public int end() {
        return range.end();
    }
}
