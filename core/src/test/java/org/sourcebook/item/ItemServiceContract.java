package org.sourcebook.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.ReimportMode;
import org.sourcebook.source.ReimportReport;
import org.sourcebook.source.StoredFile;
import org.sourcebook.testsupport.ParallelEdits;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The question bank as it must behave on every supported database. */
@SpringBootTest
abstract class ItemServiceContract {

    private static final StoredFile FILE = new StoredFile("statement.txt", "TXT", 100);

    @Autowired
    ItemService items;

    @Autowired
    DocumentService documents;

    @Autowired
    TestTeachers teachers;

    @Autowired
    PlatformTransactionManager transactionManager;

    private SignedIn teacher;

    @BeforeEach
    void signInAFreshTeacher() {
        teacher = teachers.newTeacher();
    }

    @Test
    void everyKindIsStoredAndReadBackUnchanged() {
        List<Item> all = teacher.get(() -> inMyDocument(SampleItems.everyKind()));

        List<StoredItem> stored = teacher.get(() -> items.add(all));

        assertThat(stored).extracting(StoredItem::item).containsExactlyElementsOf(all);
        assertThat(teacher.get(() -> items.findElseThrow(all.get(3).id())).item()).isEqualTo(all.get(3));
    }

    @Test
    void aSecondEditorSavingAnOldVersionGetsAConflictAndTheFirstEditStays() {
        Item original = teacher.get(() -> inMyDocument(List.of(SampleItems.factCard()))).get(0);
        long loaded = teacher.get(() -> items.add(List.of(original))).get(0).version();
        Item firstEdit = original.withInfo(original.info().withPrompt("First editor's prompt"));
        Item secondEdit = original.withInfo(original.info().withPrompt("Second editor's prompt"));

        teacher.run(() -> items.update(firstEdit, loaded));

        assertThatThrownBy(() -> teacher.run(() -> items.update(secondEdit, loaded)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("was changed by someone else");
        assertThat(teacher.get(() -> items.findElseThrow(original.id())).item().prompt()).isEqualTo("First editor's prompt");
    }

    @Test
    void sixEditorsSavingOneVersionAtOnceGetOneSaveAndConflictsAndLoseNoChangeOnRetry() throws Exception {
        Item original = teacher.get(() -> inMyDocument(List.of(SampleItems.factCard()))).get(0);
        teacher.run(() -> items.add(List.of(original)));
        int editors = 6;

        ParallelEdits.Outcome outcome = ParallelEdits.run(editors, new TransactionTemplate(transactionManager), teacher,
                () -> items.findElseThrow(original.id()),
                (editor, loaded) -> items.update(withTag(loaded.item(), "editor-" + editor), loaded.version()));

        assertThat(outcome.firstRoundSaves()).as("saves of the version all editors loaded").isEqualTo(1);
        assertThat(outcome.refusedWrites()).as("losers refused by the database, reported as conflicts")
                .isEqualTo(editors - 1);
        assertThat(outcome.conflicts()).isGreaterThanOrEqualTo(editors - 1);
        assertThat(teacher.get(() -> items.findElseThrow(original.id())).item().info().tags())
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, editors).mapToObj(i -> "editor-" + i).toList());
    }

    private static Item withTag(Item item, String tag) {
        List<String> tags = new ArrayList<>(item.info().tags());
        tags.add(tag);
        return item.withInfo(item.info().withTags(tags));
    }

    @Test
    void anotherTeachersItemReadsAsMissing() {
        Item mine = teacher.get(() -> inMyDocument(List.of(SampleItems.numeric()))).get(0);
        teacher.run(() -> items.add(List.of(mine)));
        SignedIn colleague = teachers.newTeacher();

        assertThatThrownBy(() -> colleague.get(() -> items.findElseThrow(mine.id()))).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> colleague.run(() -> items.update(mine, 0))).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void anItemCitingSomeoneElsesDocumentIsRefused() {
        List<Item> colleagues = teachers.newTeacher().get(() -> inMyDocument(List.of(SampleItems.factCard())));

        assertThatThrownBy(() -> teacher.run(() -> items.add(colleagues)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("which is not one of your documents");
    }

    @Test
    void studentsCannotReachTheQuestionBank() {
        assertThatThrownBy(() -> SignedIn.as("pupil", Role.STUDENT).get(() -> items.findElseThrow(SampleItems.factCard().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reImportMovesUnchangedQuotesToTheNewVersionAndFlagsChangedOnes() {
        String v1 = "The town was founded in 1613.\n\nIt had 7,000 inhabitants in 1992.\n\nThe river runs north.";
        DocumentSummary document = teacher.get(() -> documents.importText(v1, DocumentMetadata.titled("Town"), FILE));
        DocumentVersion first = teacher.get(() -> documents.findVersionElseThrow(document.id(), 1));
        Item founding = citing(first, "founded in 1613");
        Item population = citing(first, "7,000 inhabitants");
        teacher.run(() -> items.add(List.of(founding, population)));

        String v2 = "A new first paragraph.\n\nThe town was founded in 1613.\n\nIt had 6,000 inhabitants in 1992.";
        ReimportReport report = teacher.get(() -> documents.reimportText(document.id(), v2, DocumentMetadata.titled("Town"), FILE,
                ReimportMode.EVEN_IF_LITTLE_IS_KEPT));

        assertThat(report.items()).isEqualTo(new ReanchoringReport(1, 1, 0, 0));
        assertThat(report.document().latestVersion()).isEqualTo(2);
        DocumentVersion second = teacher.get(() -> documents.findVersionElseThrow(document.id(), 2));
        Item moved = teacher.get(() -> items.findElseThrow(founding.id())).item();
        Item flagged = teacher.get(() -> items.findElseThrow(population.id())).item();
        assertThat(moved.citations()).singleElement().satisfies(span -> {
            assertThat(span.version()).isEqualTo(2);
            assertThat(span.isValidIn(second)).isTrue();
        });
        assertThat(moved.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(flagged.status()).isEqualTo(ItemStatus.NEEDS_REVIEW);
        assertThat(flagged.citations()).singleElement().satisfies(span -> assertThat(span.isValidIn(first)).isTrue());
    }

    /** The items re-pointed at a document the signed-in teacher imports now (call while signed in). */
    private List<Item> inMyDocument(List<Item> samples) {
        String text = "According to the source, the town was attacked.";
        DocumentSummary document = documents.importText(text, DocumentMetadata.titled("Sample"), FILE);
        Span whole = documents.findVersionElseThrow(document.id(), 1).cite(new TextRange(0, text.length()));
        return samples.stream().map(item -> item.withCitations(List.of(whole))).toList();
    }

    private static Item citing(DocumentVersion version, String quote) {
        int start = version.text().indexOf(quote);
        Span span = version.cite(new TextRange(start, start + quote.length()));
        return new FactCard(ItemInfo.drafted("According to the source, what does it say?", List.of(span), 0.7), quote);
    }
}
