package org.sourcebook.drafting;

import java.util.List;
import org.sourcebook.content.source.TextRange;

/**
 * One sentence as the language rules read it.
 *
 * @param index position among the document's sentences
 * @param paragraph index of the paragraph it stands in
 * @param range where it stands in the document text
 * @param mentions what questions can ask about, in text order, not overlapping
 * @param needsContext true when it leans on the sentence before ("It", "They", "This process")
 * @param leadIn characters at its start that a prompt leaves out ("However, ")
 * @param properStart true when its first word is a name or "I", so it keeps its capital letter
 * @param questionable false for headings, fragments and overlong sentences
 */
public record AnalysedSentence(
        int index,
        int paragraph,
        TextRange range,
        String text,
        List<Mention> mentions,
        List<Definition> definitions,
        List<Role> roles,
        boolean needsContext,
        int leadIn,
        boolean properStart,
        boolean questionable) {

    public AnalysedSentence {
        mentions = List.copyOf(mentions);
        definitions = List.copyOf(definitions);
        roles = List.copyOf(roles);
    }

    /** The text of {@code range} (document offsets), which must lie in this sentence. */
    public String slice(int start, int end) {
        return text.substring(start - range.start(), end - range.start());
    }

    public int wordCount() {
        return Words.count(text);
    }
}
