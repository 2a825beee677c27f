package org.sourcebook.content.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a copied page carries besides its content: each case is a text and the pieces of it that are furniture (";" between them). */
class FurnitureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            adjacent numbered markers, one piece       | The bridge fell in 1879.[3][12] It was rebuilt.                 | [3][12]
            editors' tags                               | Coal employed a million men.[citation needed] Exports fell.     | [citation needed]
            a hatnote above the article                 | "Tay Bridge" redirects here. For the poem, see below.\\n\\nThe bridge fell. | "Tay Bridge" redirects here. For the poem, see below.
            lettered notes under a heading              | The strike ended.\\n\\nNotes\\na. ^ The TUC avoided the term.  | Notes\\na. ^ The TUC avoided the term.
            a reference section to the end              | The bridge fell.\\n\\nReferences\\n\\nSmith, J. (1990). Bridges. | References;Smith, J. (1990). Bridges.
            a cookie notice above the article           | We use cookies to improve your experience. Accept all\\n\\nLava reached the road. | We use cookies to improve your experience. Accept all
            the date a page was last updated            | Darwin died in 1882.\\n\\nLast updated 12 February 2024          | Last updated 12 February 2024
            a museum page ending on where to see more   | Darwin died in 1882.\\n\\nSee it in the museum\\n\\nCasts are in the Evolution Gallery. | See it in the museum;Casts are in the Evolution Gallery.
            a dateline with the day before the month    | COPIAPÓ, Chile, 14 October 2010 — The last miner was freed. | 'COPIAPÓ, Chile, 14 October 2010 — '
            a notice to gallery visitors                | The cast is of a real skeleton.\\n\\nPlease do not touch the case. | Please do not touch the case.
            plain prose has none                        | The bridge fell in 1879. It was rebuilt in 1887.                 |
            """)
    void findsFurniture(String what, String text, String expected) {
        String content = text.replace("\\n", "\n");
        List<TextRange> paragraphs = new EnglishSegmenter().paragraphs(content);
        List<String> found = Furniture.find(content, paragraphs).stream().map(range -> content.substring(range.start(), range.end())).toList();
        List<String> wanted = expected == null ? List.of() : List.of(expected.replace("\\n", "\n").split(";"));
        assertThat(found).as(what).isEqualTo(wanted);
    }
}
