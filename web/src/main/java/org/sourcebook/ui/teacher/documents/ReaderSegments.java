package org.sourcebook.ui.teacher.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.source.TextRange;

/**
 * Cuts one paragraph into pieces that never overlap: a new piece starts wherever a sentence or a
 * citation starts or ends, so each piece lies in at most one sentence and is cited by one fixed
 * set of items. The reader turns pieces into text nodes and highlighted spans.
 */
final class ReaderSegments {

    /** A cited range of the shown version and the item citing it. */
    record Citation(TextRange range, ItemId item) {}

    /**
     * Characters {@code [start, end)}, inside sentence number {@code sentence} (an index into the
     * version's sentences, or -1 for text outside every sentence), cited by {@code citedBy}.
     */
    record Piece(int start, int end, int sentence, Set<ItemId> citedBy) {}

    private ReaderSegments() {}

    /**
     * @param sentences all sentences of the version, ordered (indexes in pieces refer to this list)
     * @param citations the citations to show; those outside the paragraph are ignored
     */
    static List<Piece> pieces(TextRange paragraph, List<TextRange> sentences, List<Citation> citations) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(paragraph.start(), paragraph.end()));
        List<Citation> inParagraph = citations.stream()
                .filter(citation -> citation.range().start() < paragraph.end() && paragraph.start() < citation.range().end())
                .toList();
        for (int i = Math.max(0, lastStartingAtOrBefore(sentences, paragraph.start()));
                i < sentences.size() && sentences.get(i).start() < paragraph.end(); i++) {
            addCuts(cuts, sentences.get(i), paragraph);
        }
        inParagraph.forEach(citation -> addCuts(cuts, citation.range(), paragraph));
        List<Piece> pieces = new ArrayList<>();
        Integer start = cuts.first();
        for (Integer end : cuts.tailSet(start, false)) {
            pieces.add(new Piece(start, end, sentenceOf(sentences, start, end), citedBy(inParagraph, start, end)));
            start = end;
        }
        return pieces;
    }

    private static void addCuts(TreeSet<Integer> cuts, TextRange range, TextRange paragraph) {
        for (int cut : new int[] {range.start(), range.end()}) {
            if (cut > paragraph.start() && cut < paragraph.end()) {
                cuts.add(cut);
            }
        }
    }

    /** Sentences are ordered and do not overlap: the candidate is the last one starting at or before {@code start}. */
    private static int sentenceOf(List<TextRange> sentences, int start, int end) {
        int candidate = lastStartingAtOrBefore(sentences, start);
        return candidate >= 0 && sentences.get(candidate).contains(new TextRange(start, end)) ? candidate : -1;
    }

    private static int lastStartingAtOrBefore(List<TextRange> sentences, int start) {
        int low = 0;
        int high = sentences.size() - 1;
        int candidate = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (sentences.get(middle).start() <= start) {
                candidate = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return candidate;
    }

    private static Set<ItemId> citedBy(List<Citation> citations, int start, int end) {
        return citations.stream()
                .filter(citation -> citation.range().start() <= start && end <= citation.range().end())
                .map(Citation::item)
                .collect(Collectors.toUnmodifiableSet());
    }
}
