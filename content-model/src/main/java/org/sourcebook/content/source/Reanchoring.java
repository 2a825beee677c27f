package org.sourcebook.content.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Carries citations over to a new version of their document, or flags them for review. A pure
 * function of the citation, the version it cites and the new version.
 *
 * <p>The rule: the quote is looked for verbatim in the new text.
 *
 * <ol>
 *   <li>Found once: the citation moves there.
 *   <li>Found several times: the occurrence whose surroundings match the old ones best wins
 *       (characters that agree right before and right after the quote, up to {@value #CONTEXT} on
 *       each side), so the sentence that kept its neighbours is chosen over a copy elsewhere. If
 *       several match equally well, the one nearest the old relative position (offset divided by
 *       text length) wins; if two are equally near, the citation needs review as {@link
 *       ReviewReason#QUOTE_AMBIGUOUS}.
 *   <li>Not found: the citation needs review, as {@link ReviewReason#QUOTE_CHANGED} if half of the
 *       quote (split at the space nearest its middle, at least {@value #MIN_HALF} characters) is
 *       still there, otherwise as {@link ReviewReason#QUOTE_VANISHED}.
 * </ol>
 */
public final class Reanchoring {

    static final int CONTEXT = 100;
    static final int MIN_HALF = 8;

    private Reanchoring() {}

    /**
     * @param citation a citation valid in {@code cited}
     * @param cited the version the citation points into
     * @param next the new version of the same document
     * @throws IllegalArgumentException if the citation does not match {@code cited}, or the versions
     *     belong to different documents
     */
    public static ReanchorOutcome reanchor(Span citation, DocumentVersion cited, DocumentVersion next) {
        if (!citation.isValidIn(cited)) {
            throw new IllegalArgumentException("The citation does not match version " + cited.version() + " of its document");
        }
        if (!cited.documentId().equals(next.documentId())) {
            throw new IllegalArgumentException("Citations can only move to a version of the same document");
        }
        List<Integer> starts = occurrences(next.text(), citation.quote());
        if (starts.isEmpty()) {
            return new ReanchorOutcome.NeedsReview(citation, reasonForMissing(citation.quote(), next.text()), 0);
        }
        Optional<Integer> chosen = starts.size() == 1 ? Optional.of(starts.get(0)) : choose(citation, cited, next, starts);
        return chosen.<ReanchorOutcome>map(start -> new ReanchorOutcome.Anchored(citation, new Span(
                        next.documentId(), next.version(), start, start + citation.quote().length(), citation.quote())))
                .orElseGet(() -> new ReanchorOutcome.NeedsReview(citation, ReviewReason.QUOTE_AMBIGUOUS, starts.size()));
    }

    /** {@link #reanchor} for each citation, all valid in {@code cited}. */
    public static ReanchoringSummary reanchorAll(Collection<Span> citations, DocumentVersion cited, DocumentVersion next) {
        return new ReanchoringSummary(citations.stream().map(citation -> reanchor(citation, cited, next)).toList());
    }

    private static Optional<Integer> choose(Span citation, DocumentVersion cited, DocumentVersion next, List<Integer> starts) {
        Comparator<Integer> byContext = Comparator.comparingInt(start -> -contextMatch(citation, cited.text(), next.text(), start));
        Comparator<Integer> best = byContext.thenComparingLong(start -> distance(citation, cited.text(), next.text(), start));
        List<Integer> ranked = starts.stream().sorted(best).toList();
        return best.compare(ranked.get(0), ranked.get(1)) == 0 ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /** How far {@code newStart} lies from the old relative position, exactly (scaled by both lengths). */
    private static long distance(Span citation, String oldText, String newText, int newStart) {
        return Math.abs((long) newStart * oldText.length() - (long) citation.start() * newText.length());
    }

    private static int contextMatch(Span citation, String oldText, String newText, int newStart) {
        int newEnd = newStart + citation.quote().length();
        int before = 0;
        while (before < CONTEXT && before < citation.start() && before < newStart
                && oldText.charAt(citation.start() - 1 - before) == newText.charAt(newStart - 1 - before)) {
            before++;
        }
        int after = 0;
        while (after < CONTEXT && citation.end() + after < oldText.length() && newEnd + after < newText.length()
                && oldText.charAt(citation.end() + after) == newText.charAt(newEnd + after)) {
            after++;
        }
        return before + after;
    }

    private static ReviewReason reasonForMissing(String quote, String newText) {
        int middle = quote.length() / 2;
        int split = nearestSpace(quote, middle);
        if (split < 0) {
            return ReviewReason.QUOTE_VANISHED;
        }
        String first = quote.substring(0, split).strip();
        String second = quote.substring(split).strip();
        boolean halfRemains = (first.length() >= MIN_HALF && newText.contains(first))
                || (second.length() >= MIN_HALF && newText.contains(second));
        return halfRemains ? ReviewReason.QUOTE_CHANGED : ReviewReason.QUOTE_VANISHED;
    }

    private static int nearestSpace(String quote, int middle) {
        int before = quote.lastIndexOf(' ', middle);
        int after = quote.indexOf(' ', middle);
        if (before < 0 || after < 0) {
            return Math.max(before, after);
        }
        return middle - before <= after - middle ? before : after;
    }

    private static List<Integer> occurrences(String text, String quote) {
        List<Integer> starts = new ArrayList<>();
        for (int start = text.indexOf(quote); start >= 0; start = text.indexOf(quote, start + 1)) {
            starts.add(start);
        }
        return starts;
    }
}
