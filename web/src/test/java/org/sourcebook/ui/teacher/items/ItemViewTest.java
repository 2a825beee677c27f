package org.sourcebook.ui.teacher.items;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.drafting.DraftOptions;
import org.sourcebook.drafting.DraftingService;
import org.sourcebook.item.ItemQuery;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.StoredFile;
import org.sourcebook.ui.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Shared setup of the item views' tests: a new teacher, signed in, with the demo text imported and drafted. */
abstract class ItemViewTest extends KaribuTest {

    @Autowired
    protected DocumentService documents;

    @Autowired
    protected DraftingService drafting;

    @Autowired
    protected ItemService items;

    /** Signs in a new teacher and imports and drafts the demo text as theirs; returns the document. */
    protected DocumentId teacherWithDrafts() {
        login(createAccount("teacher", Role.TEACHER));
        DocumentId document = documents.importText(demoText(), DocumentMetadata.titled("Khojaly"),
                new StoredFile("khojaly.txt", "TXT", 2_600)).id();
        drafting.draftFrom(document, 1, DraftOptions.DEFAULTS);
        addDraftsOfEveryKind(document);
        return document;
    }

    /**
     * Seven drafts of every kind citing the document's sentences, below the engine's drafts in
     * quality: the tests need drafts of each kind and more than a page of them, whatever the drafting
     * engine makes of the text.
     */
    private void addDraftsOfEveryKind(DocumentId document) {
        DocumentVersion version = documents.findVersionElseThrow(document, 1);
        List<Item> samples = new ArrayList<>(SampleItems.everyQuestionKind());
        samples.add(0, SampleItems.factCard());
        List<Item> drafts = new ArrayList<>();
        for (int copy = 0; copy < 7; copy++) {
            for (Item sample : samples) {
                TextRange sentence = version.sentences().get(drafts.size() % version.sentences().size());
                Span citation = new Span(document, 1, sentence.start(), sentence.end(), version.quote(sentence));
                drafts.add(sample.withInfo(ItemInfo.drafted(sample.prompt(), List.of(citation), 0.3)));
            }
        }
        items.add(drafts);
    }

    /** The signed-in teacher's items of {@code kind} and {@code status}, best first. */
    protected List<StoredItem> stored(ItemKind kind, ItemStatus status) {
        return items.find(ItemQuery.all().withKind(kind).withStatus(status).withPage(0, 500));
    }

    protected static String demoText() {
        try (InputStream in = ItemViewTest.class.getResourceAsStream("/demo/khojaly-29th-anniversary.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
