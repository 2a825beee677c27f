package org.sourcebook.ui.teacher.documents;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.item.ItemService;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.StoredFile;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.base.NotFoundView;
import org.springframework.beans.factory.annotation.Autowired;

class DocumentReaderViewTest extends KaribuTest {

    static final String TEXT = "On 26 February 1992 the town of Khojaly was attacked. It lies in Karabakh.\n\n"
            + "Baku is the capital of Azerbaijan.";

    @Autowired
    DocumentService documents;

    @Autowired
    ItemService items;

    private DocumentVersion version;
    private Item whenAttacked;
    private Item whichTown;
    private Item capital;

    @BeforeEach
    void storeADocumentWithItemsCitingIt() {
        login(createAccount("reader", Role.TEACHER));
        DocumentSummary summary = documents.importText(TEXT, DocumentMetadata.titled("Khojaly statement"),
                new StoredFile("k.txt", "TXT", TEXT.length()));
        version = documents.findVersionElseThrow(summary.id(), 1);
        whenAttacked = card("When was Khojaly attacked?", "26 February 1992", "26 February 1992");
        whichTown = card("Which town was attacked on 26 February 1992?", "the town of Khojaly", "Khojaly");
        capital = card("What is the capital of Azerbaijan?", "Baku", "Baku");
        items.add(List.of(whenAttacked, whichTown, capital));
    }

    @Test
    void paragraphsAreNumberedAndTheCitedPassagesAreHighlighted() {
        open("teacher/documents/" + version.documentId());

        assertThat(_find(Span.class, spec -> spec.withClasses("documents-paragraph-number")))
                .extracting(Span::getText).containsExactly("¶1", "¶2");
        assertThat(_find(Span.class, spec -> spec.withClasses(DocumentReaderView.CITED)))
                .extracting(Span::getText).containsExactly("26 February 1992", "the town of Khojaly", "Baku");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("documents-paragraph")))
                .extracting(paragraph -> paragraph.getElement().getTextRecursively())
                .containsExactly("¶1On 26 February 1992 the town of Khojaly was attacked. It lies in Karabakh.",
                        "¶2Baku is the capital of Azerbaijan.");
    }

    @Test
    void clickingAHighlightedPassageListsItsItemsAndChoosingOneMarksItsPassage() {
        open("teacher/documents/" + version.documentId());

        _click(cited("the town of Khojaly"));

        VerticalLayout side = _get(VerticalLayout.class, spec -> spec.withId("citing-items"));
        assertThat(LocatorJ._find(side, Span.class)).extracting(Span::getText)
                .contains("Which town was attacked on 26 February 1992?", "Fact card · Draft")
                .doesNotContain("When was Khojaly attacked?");
        assertThat(LocatorJ._find(side, Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("teacher/items/" + whichTown.id().value());

        _click(LocatorJ._get(side, Button.class, spec -> spec.withText("Show in text")));

        assertThat(cited("the town of Khojaly").hasClassName(DocumentReaderView.SELECTED_ITEM)).isTrue();
        assertThat(cited("26 February 1992").hasClassName(DocumentReaderView.SELECTED_ITEM)).isFalse();
    }

    @Test
    void choosingASentenceLinksToANewItemCitingExactlyThatSentence() {
        open("teacher/documents/" + version.documentId());
        assertThat(_find(Anchor.class, spec -> spec.withId("write-item"))).as("no link before a sentence is chosen")
                .isEmpty();

        Span second = _find(Span.class, spec -> spec.withClasses(DocumentReaderView.SENTENCE)).get(1);
        _click(second);

        TextRange range = version.sentences().get(1);
        assertThat(version.quote(range)).isEqualTo("It lies in Karabakh.");
        assertThat(second.hasClassName(DocumentReaderView.SELECTED_SENTENCE)).isTrue();
        Anchor write = _get(Anchor.class, spec -> spec.withId("write-item"));
        assertThat(write.getHref()).isEqualTo("teacher/items/new?document=" + version.documentId() + "&version=1&start="
                + range.start() + "&end=" + range.end());
    }

    @Test
    void anotherTeacherGetsNotFoundAndSeesNothingOfTheDocument() {
        login(createAccount("other-reader", Role.TEACHER));

        open("teacher/documents/" + version.documentId());

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThat(_find(Span.class, spec -> spec.withText("Khojaly statement"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("documents-paragraph"))).isEmpty();
    }

    @Test
    void anUnknownIdOrVersionIsNotFound() {
        open("teacher/documents/not-a-uuid");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);

        open("teacher/documents/" + version.documentId() + "?version=7");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    private Item card(String prompt, String quote, String answer) {
        int start = version.text().indexOf(quote);
        var citation = version.cite(new TextRange(start, start + quote.length()));
        return new FactCard(ItemInfo.drafted(prompt, List.of(citation), 0.9), answer);
    }

    private static Span cited(String text) {
        return _get(Span.class, spec -> spec.withClasses(DocumentReaderView.CITED).withText(text));
    }
}
