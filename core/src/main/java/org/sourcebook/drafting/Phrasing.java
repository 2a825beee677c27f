package org.sourcebook.drafting;

import java.util.List;
import org.sourcebook.content.source.DocumentMetadata;

/**
 * Learner-facing wording of drafted items and lessons in one language. Every prompt attributes what
 * it says to the source; none states the document's claims as the platform's own.
 */
public interface Phrasing {

    /** The gap shown in a quoted sentence, e.g. "_____". */
    String gap();

    /** A claim of the source as a statement: "According to the source, {clause}". */
    String attributed(String clause, boolean keepCapital);

    /** A question whose answer fills the gap in {@code gappedQuote}, naming what kind of answer it is. */
    String whichFillsGap(MentionKind kind, String gappedQuote);

    /** "According to the source, how many {clause}?" */
    String howMany(String clause);

    /** "According to the source, what is {term}?" */
    String whatIs(String term);

    /** "According to the source, who is {person}?" */
    String whoIs(String person);

    /** Feedback pointing to the sentence: "The source says: “...”". */
    String sourceSays(String quote);

    String orderEventsPrompt();

    String matchFiguresPrompt();

    String matchTermsPrompt();

    String lessonSummary(DocumentMetadata metadata);

    List<String> lessonObjectives(boolean hasFacts, boolean hasTimeline);

    String discussionPrompt(DocumentMetadata metadata, List<String> namedSources);

    String analysisOrigin(DocumentMetadata metadata);

    String analysisPerspective(List<String> evaluativeWords);

    String analysisCorroboration(List<String> namedSources);

    String analysisMissing(DocumentMetadata metadata);

    /** True when {@code sentence} reports what another source says ("X called it ...", "documented by X"). */
    boolean reportsOtherSources(String sentence);

    /** Words that judge rather than describe ("brutally", "heroic"), found in {@code text}, in order of first use. */
    List<String> evaluativeWords(String text);
}
