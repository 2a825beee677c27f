package org.sourcebook.drafting;

import java.util.List;
import org.sourcebook.content.source.DocumentVersion;

/** A document version read sentence by sentence by one language's rules. */
public record DocumentAnalysis(DocumentVersion version, List<AnalysedSentence> sentences) {

    public DocumentAnalysis {
        sentences = List.copyOf(sentences);
    }
}
