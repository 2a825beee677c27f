package org.sourcebook.drafting;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one language's rules find about a document as a source, for the source-analysis part of a
 * lesson: what kind of document it is, where the author judges rather than describes, which
 * sentences accuse or pass verdicts, which other sources it names, where it calls for action, and
 * when it dates itself.
 *
 * @param kind the kind of document
 * @param judgements evaluative words in the author's own voice (not inside quotations), first use of each
 * @param describingWords nouns the author uses to describe rather than judge, most frequent first
 * @param claimSentences indices of sentences that accuse someone or pass a verdict
 * @param namedSources people, organisations and publications the document invokes for its claims, first mention of each
 * @param callsToAction indices of sentences that call on the reader or others to act, the plainest call first
 * @param selfDate the year the document dates itself to ("29th anniversary" of a 1992 event), or null
 * @param referenceMarkers how many footnote or reference markers the text carries
 * @param mourns true when the text speaks of victims or of people killed
 * @param speaker the body the text speaks for when it says so ("The Athens Council ... marks this anniversary"), or null
 * @param years how many years and dates the text gives
 * @param quotations how many quotations of four words or more the text gives as someone's words (a verb of saying, or a
 *     colon, stands beside them)
 * @param measurements how many measurements with a unit of science the text gives ("4.2 light-years", "30 °C"), with
 *     one for every two words of the natural sciences ("bacteria", "enzymes")
 */
public record SourceReading(
        SourceKind kind,
        List<Cue> judgements,
        List<String> describingWords,
        Set<Integer> claimSentences,
        List<Cue> namedSources,
        List<Integer> callsToAction,
        @Nullable SelfDate selfDate,
        int referenceMarkers,
        boolean mourns,
        @Nullable String speaker,
        int years,
        int quotations,
        int measurements) {

    /** A word or name found in sentence {@code sentence}. */
    public record Cue(String text, int sentence) {}

    /** The year a text dates itself to, from what it says in sentence {@code sentence} ({@code evidence}). */
    public record SelfDate(int year, int sentence, String evidence) {}

    public SourceReading {
        judgements = List.copyOf(judgements);
        describingWords = List.copyOf(describingWords);
        claimSentences = Set.copyOf(claimSentences);
        namedSources = List.copyOf(namedSources);
        callsToAction = List.copyOf(callsToAction);
    }

    /**
     * True when the document takes a side: several judging words of its own, or judging words and
     * a call to act. Items about its accusations then ask what it claims, and are not turned into
     * cards to memorise.
     */
    public boolean hasPointOfView() {
        boolean pleads = (kind == SourceKind.SPEECH || kind == SourceKind.STATEMENT) && !callsToAction.isEmpty();
        return judgements.size() >= 3 || !judgements.isEmpty() && (!callsToAction.isEmpty() || kind.argues()) || pleads;
    }
}
