package org.sourcebook.ui.teacher.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.ui.teacher.documents.ReaderSegments.Citation;
import org.sourcebook.ui.teacher.documents.ReaderSegments.Piece;

class ReaderSegmentsTest {

    private final ItemId first = ItemId.random();
    private final ItemId second = ItemId.random();

    @Test
    void overlappingCitationsAndSentenceBoundariesCutTheParagraphIntoDisjointPieces() {
        // "Aaaa bbbb. Cccc dddd." : sentences [0,10) and [11,21); citations [5,16) and [11,21)
        List<TextRange> sentences = List.of(new TextRange(0, 10), new TextRange(11, 21));
        List<Citation> citations = List.of(
                new Citation(new TextRange(5, 16), first), new Citation(new TextRange(11, 21), second));

        List<Piece> pieces = ReaderSegments.pieces(new TextRange(0, 21), sentences, citations);

        assertThat(pieces).containsExactly(
                new Piece(0, 5, 0, Set.of()),
                new Piece(5, 10, 0, Set.of(first)),
                new Piece(10, 11, -1, Set.of(first)),
                new Piece(11, 16, 1, Set.of(first, second)),
                new Piece(16, 21, 1, Set.of(second)));
    }

    @Test
    void citationsOutsideTheParagraphAreIgnoredAndOnesCrossingItAreClipped() {
        List<TextRange> sentences = List.of(new TextRange(0, 5), new TextRange(7, 12), new TextRange(14, 20));
        List<Citation> citations = List.of(
                new Citation(new TextRange(0, 5), first), new Citation(new TextRange(3, 10), second));

        List<Piece> pieces = ReaderSegments.pieces(new TextRange(7, 12), sentences, citations);

        assertThat(pieces).containsExactly(new Piece(7, 10, 1, Set.of(second)), new Piece(10, 12, 1, Set.of()));
    }

    @Test
    void anUploadLargerThanTheLimitIsRefusedAfterReadingOneChunkMoreThanAllowed() throws Exception {
        assertThat(LimitedUploadHandler.readAtMost(new java.io.ByteArrayInputStream(new byte[100]), 100)).hasSize(100);
        assertThat(LimitedUploadHandler.readAtMost(new java.io.ByteArrayInputStream(new byte[101]), 100)).isNull();
    }
}
