package org.sourcebook.drafting;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentMetadata;

/**
 * What the lesson's source analysis and discussion are written from: the document's metadata and
 * what reading it as a source found, with the sentences that show it.
 *
 * @param metadata the document's metadata
 * @param reading what the language's rules found about the document as a source
 * @param callToAction the text of one sentence that calls for action, or null
 * @param figures a few of the figures the document gives ("613 civilians"), for a discussion of checking them
 * @param topic the name the document is mainly about, or null
 * @param otherNames people and bodies the document writes about that are not its sources, most mentioned first
 * @param blamed the name the document holds responsible for what it condemns, when one clearly stands out; else null
 */
public record DocumentFacts(
        DocumentMetadata metadata,
        SourceReading reading,
        @Nullable String callToAction,
        List<String> figures,
        @Nullable String topic,
        List<String> otherNames,
        @Nullable String blamed) {

    public DocumentFacts {
        figures = List.copyOf(figures);
        otherNames = List.copyOf(otherNames);
    }

    public SourceKind kind() {
        return reading.kind();
    }

    /**
     * True when the document is about the past: it gives several years, and is not a science text
     * that dates its discoveries but measures more than it dates.
     */
    public boolean historical() {
        return reading.years() >= 5 && reading.measurements() < reading.years();
    }

    /** True when the document speaks of victims or of people killed. */
    public boolean mourns() {
        return reading.mourns();
    }

    public boolean pointOfView() {
        return reading.hasPointOfView();
    }
}
