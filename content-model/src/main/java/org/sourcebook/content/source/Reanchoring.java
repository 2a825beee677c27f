package org.sourcebook.content.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** How alike (Dice coefficient of their words) a new passage must be to count as the old one changed. */
    static final double MIN_LIKENESS = 0.5;

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

    /**
     * What a teacher needs to decide about a citation that could not be carried over: why, and the
     * passage of {@code next} that now stands where its quote stood, if there is one (see {@link
     * #suggest}). Empty when the citation can be carried over.
     *
     * @throws IllegalArgumentException as {@link #reanchor} does
     */
    public static Optional<CitationChange> review(Span citation, DocumentVersion cited, DocumentVersion next) {
        if (!(reanchor(citation, cited, next) instanceof ReanchorOutcome.NeedsReview needsReview)) {
            return Optional.empty();
        }
        Optional<Span> suggestion = needsReview.reason() == ReviewReason.QUOTE_AMBIGUOUS ? Optional.empty()
                : suggest(citation, cited, next);
        return Optional.of(new CitationChange(citation, needsReview.reason(), suggestion.orElse(null)));
    }

    /**
     * The passage of {@code next} that stands where the quote of {@code citation} stood: the
     * sentences of the old version the quote lies in are compared, by their words, with every run of
     * as many sentences in {@code next}; the most alike wins if at least {@value #MIN_LIKENESS} of
     * the words agree (Dice coefficient), the nearest to the old relative position among equals.
     * Within it, the quote's bounds follow the word-by-word {@link TextDiff}, so a quote of half a
     * sentence maps to the same half. Empty when no passage is alike enough.
     */
    public static Optional<Span> suggest(Span citation, DocumentVersion cited, DocumentVersion next) {
        TextRange unit = sentencesAround(citation.range(), cited);
        int count = (int) cited.sentences().stream().filter(sentence -> overlaps(sentence, unit)).count();
        List<TextRange> sentences = next.sentences();
        Passage old = new Passage(unit, TextDiff.words(cited.quote(unit)));
        Passage best = null;
        double bestLikeness = 0;
        for (int first = 0; first + Math.max(count, 1) <= sentences.size(); first++) {
            TextRange window = new TextRange(sentences.get(first).start(),
                    sentences.get(first + Math.max(count, 1) - 1).end());
            Passage candidate = new Passage(window, TextDiff.words(next.quote(window)));
            double likeness = likeness(old.words(), candidate.words());
            boolean better = best == null || likeness > bestLikeness || likeness == bestLikeness
                    && distance(unit, cited, window, next) < distance(unit, cited, best.range(), next);
            if (likeness >= MIN_LIKENESS && better) {
                best = candidate;
                bestLikeness = likeness;
            }
        }
        return Optional.ofNullable(best).flatMap(found -> within(citation, unit, cited, found.range, next));
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

    private record Passage(TextRange range, List<String> words) {}

    /** The quote's bounds carried from {@code unit} of the old text into {@code window} of the new. */
    private static Optional<Span> within(Span citation, TextRange unit, DocumentVersion cited, TextRange window,
            DocumentVersion next) {
        TextDiff diff = TextDiff.of(cited.quote(unit), next.quote(window));
        TextRange mapped = diff.map(citation.start() - unit.start(), citation.end() - unit.start());
        String text = next.text();
        int start = window.start() + mapped.start();
        int end = window.start() + mapped.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? Optional.of(next.cite(new TextRange(start, end))) : Optional.empty();
    }

    /** From the start of the first sentence the range touches to the end of the last; the range itself if it touches none. */
    private static TextRange sentencesAround(TextRange range, DocumentVersion version) {
        List<TextRange> touched = version.sentences().stream().filter(sentence -> overlaps(sentence, range)).toList();
        if (touched.isEmpty()) {
            return range;
        }
        return new TextRange(Math.min(range.start(), touched.get(0).start()),
                Math.max(range.end(), touched.get(touched.size() - 1).end()));
    }

    private static boolean overlaps(TextRange a, TextRange b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** Twice the words two passages share (each as often as both have it) over all their words. */
    private static double likeness(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(word -> counts.merge(word, 1, Integer::sum));
        int shared = 0;
        for (String word : b) {
            Integer left = counts.get(word);
            if (left != null && left > 0) {
                shared++;
                counts.put(word, left - 1);
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static long distance(TextRange old, DocumentVersion cited, TextRange candidate, DocumentVersion next) {
        return Math.abs((long) candidate.start() * cited.text().length() - (long) old.start() * next.text().length());
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
