package org.sourcebook.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.StoredFile;
import org.sourcebook.testsupport.MutableClock;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The question bank's query and review actions, as they must behave on every supported database. */
@SpringBootTest
abstract class ItemBankContract {

    private static final StoredFile FILE = new StoredFile("town.txt", "TXT", 100);
    private static final String TEXT = "The town was founded in 1613.\n\nIt had 7,000 inhabitants in 1992.";

    @Autowired
    ItemService items;

    @Autowired
    DocumentService documents;

    @Autowired
    TestTeachers teachers;

    @Autowired
    MutableClock clock;

    private SignedIn teacher;
    private DocumentVersion town;
    private DocumentVersion other;

    @BeforeEach
    void signInAFreshTeacherWithTwoDocuments() {
        teacher = teachers.newTeacher();
        town = teacher.get(() -> importText("Town"));
        other = teacher.get(() -> importText("Other"));
    }

    @Test
    void filtersCombineAndPagesCountTheSameRows() {
        Item founded = tagged(card(town, "founded in 1613", "When was the Town FOUNDED?", 0.9), "history");
        Item people = numeric(town, "7,000 inhabitants", 0.5);
        Item elsewhere = tagged(card(other, "founded in 1613", "In the other text, when was it founded?", 0.7), "history");
        teacher.run(() -> items.add(List.of(founded, people, elsewhere)));

        assertThat(ids(ItemQuery.all())).containsExactly(founded.id(), elsewhere.id(), people.id());
        assertThat(ids(ItemQuery.all().withDocument(town.documentId()))).containsExactly(founded.id(), people.id());
        assertThat(ids(ItemQuery.all().withKind(ItemKind.NUMERIC))).containsExactly(people.id());
        assertThat(ids(ItemQuery.all().withTag("history"))).containsExactly(founded.id(), elsewhere.id());
        assertThat(ids(ItemQuery.all().withTag("history").withDocument(town.documentId()))).containsExactly(founded.id());
        assertThat(ids(ItemQuery.all().withStatus(ItemStatus.DRAFT))).hasSize(3);
        assertThat(ids(ItemQuery.all().withStatus(ItemStatus.ACCEPTED))).isEmpty();
        assertThat(teacher.get(() -> items.count(ItemQuery.all().withTag("history").withPage(1, 1)))).isEqualTo(2);
        assertThat(ids(ItemQuery.all().withPage(1, 1))).containsExactly(elsewhere.id());
        assertThat(teacher.get(() -> items.myTags())).containsExactly("history");
    }

    @Test
    void textSearchIgnoresCaseAndLooksInPromptAndAnswer() {
        Item founded = card(town, "founded in 1613", "When was the Town FOUNDED?", 0.9);
        Item people = numeric(town, "7,000 inhabitants", 0.5);
        teacher.run(() -> items.add(List.of(founded, people)));

        assertThat(ids(ItemQuery.all().withText("town founded"))).containsExactly(founded.id());
        assertThat(ids(ItemQuery.all().withText("1613"))).containsExactly(founded.id());
        assertThat(ids(ItemQuery.all().withText("7000 PEOPLE"))).containsExactly(people.id());
        assertThat(ids(ItemQuery.all().withText("100%"))).isEmpty();
        assertThat(ids(ItemQuery.all().withText("_"))).isEmpty();
    }

    @Test
    void lastChangedSortPutsTheLatestEditFirst() {
        Item founded = card(town, "founded in 1613", "When was the town founded?", 0.9);
        Item people = numeric(town, "7,000 inhabitants", 0.5);
        List<StoredItem> stored = teacher.get(() -> items.add(List.of(founded, people)));
        clock.advance(java.time.Duration.ofMinutes(1));

        teacher.run(() -> items.update(people.withInfo(people.info().withPrompt("How many people lived there?")),
                stored.get(1).version()));

        assertThat(ids(ItemQuery.all().withSort(ItemSort.LAST_CHANGED))).containsExactly(people.id(), founded.id());
        assertThat(ids(ItemQuery.all().withText("how many people"))).containsExactly(people.id());
    }

    @Test
    void acceptAndRejectChangeOnlyTheStatusAndRespectVersions() {
        Item founded = card(town, "founded in 1613", "When was the town founded?", 0.9);
        Item people = numeric(town, "7,000 inhabitants", 0.5);
        List<StoredItem> stored = teacher.get(() -> items.add(List.of(founded, people)));

        StoredItem accepted = teacher.get(() -> items.accept(founded.id(), stored.get(0).version()));
        StoredItem rejected = teacher.get(() -> items.reject(people.id(), stored.get(1).version()));

        assertThat(accepted.item()).isEqualTo(founded.withStatus(ItemStatus.ACCEPTED));
        assertThat(rejected.item().status()).isEqualTo(ItemStatus.REJECTED);
        assertThat(rejected.item().info().origin()).isEqualTo(ItemOrigin.DRAFTED);
        assertThatThrownBy(() -> teacher.run(() -> items.reject(founded.id(), stored.get(0).version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(teacher.get(() -> items.findElseThrow(founded.id())).item().status()).isEqualTo(ItemStatus.ACCEPTED);
    }

    @Test
    void bulkAcceptIsAllOrNothing() {
        Item founded = card(town, "founded in 1613", "When was the town founded?", 0.9);
        Item people = numeric(town, "7,000 inhabitants", 0.5);
        List<StoredItem> stored = teacher.get(() -> items.add(List.of(founded, people)));
        teacher.run(() -> items.update(people.withInfo(people.info().withPrompt("Changed meanwhile?")), stored.get(1).version()));
        Map<ItemId, Long> seen = new LinkedHashMap<>();
        seen.put(founded.id(), stored.get(0).version());
        seen.put(people.id(), stored.get(1).version());

        assertThatThrownBy(() -> teacher.run(() -> items.acceptAll(seen))).isInstanceOf(ConcurrentEditException.class);
        assertThat(ids(ItemQuery.all().withStatus(ItemStatus.ACCEPTED))).isEmpty();

        seen.put(people.id(), teacher.get(() -> items.findElseThrow(people.id())).version());
        assertThat(teacher.get(() -> items.acceptAll(seen))).hasSize(2);
        assertThat(ids(ItemQuery.all().withStatus(ItemStatus.ACCEPTED))).hasSize(2);
    }

    @Test
    void acceptAllDraftsTakesOnlyTheDocumentsDrafts() {
        Item founded = card(town, "founded in 1613", "When was the town founded?", 0.9);
        Item flagged = numeric(town, "7,000 inhabitants", 0.5).withStatus(ItemStatus.NEEDS_REVIEW);
        Item elsewhere = card(other, "founded in 1613", "In the other text, when was it founded?", 0.7);
        teacher.run(() -> items.add(List.of(founded, flagged, elsewhere)));

        assertThat(teacher.get(() -> items.acceptAllDrafts(town.documentId()))).extracting(s -> s.item().id())
                .containsExactly(founded.id());
        assertThat(ids(ItemQuery.all().withStatus(ItemStatus.DRAFT))).containsExactly(elsewhere.id());
        assertThat(ids(ItemQuery.all().withStatus(ItemStatus.NEEDS_REVIEW))).containsExactly(flagged.id());
    }

    @Test
    void anotherTeachersItemsNeverAppearNorChange() {
        Item founded = card(town, "founded in 1613", "When was the town founded?", 0.9);
        long version = teacher.get(() -> items.add(List.of(founded))).get(0).version();
        SignedIn colleague = teachers.newTeacher();
        DocumentId mine = town.documentId();

        assertThat(colleague.get(() -> items.find(ItemQuery.all()))).isEmpty();
        assertThat(colleague.get(() -> items.find(ItemQuery.all().withDocument(mine)))).isEmpty();
        assertThat(colleague.get(() -> items.count(ItemQuery.all()))).isZero();
        assertThat(colleague.get(() -> items.myTags())).isEmpty();
        assertThatThrownBy(() -> colleague.run(() -> items.accept(founded.id(), version))).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> colleague.run(() -> items.reject(founded.id(), version))).isInstanceOf(NoSuchItemException.class);
        assertThatThrownBy(() -> colleague.run(() -> items.acceptAll(Map.of(founded.id(), version))))
                .isInstanceOf(NoSuchItemException.class);
        assertThat(colleague.get(() -> items.acceptAllDrafts(mine))).isEmpty();
        assertThat(teacher.get(() -> items.findElseThrow(founded.id()))).satisfies(stored -> {
            assertThat(stored.item().status()).isEqualTo(ItemStatus.DRAFT);
            assertThat(stored.version()).isEqualTo(version);
        });
    }

    @Test
    void studentsCannotQueryOrReview() {
        SignedIn pupil = SignedIn.as("pupil", Role.STUDENT);
        assertThatThrownBy(() -> pupil.get(() -> items.find(ItemQuery.all()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pupil.get(() -> items.count(ItemQuery.all()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pupil.get(() -> items.acceptAllDrafts(town.documentId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pupil.get(() -> items.accept(ItemId.random(), 0))).isInstanceOf(AccessDeniedException.class);
    }

    private List<ItemId> ids(ItemQuery query) {
        return teacher.get(() -> items.find(query)).stream().map(stored -> stored.item().id()).toList();
    }

    private DocumentVersion importText(String title) {
        var summary = documents.importText(TEXT, DocumentMetadata.titled(title), FILE);
        return documents.findVersionElseThrow(summary.id(), 1);
    }

    private static Span cite(DocumentVersion version, String quote) {
        int start = version.text().indexOf(quote);
        return version.cite(new TextRange(start, start + quote.length()));
    }

    private static Item card(DocumentVersion version, String quote, String prompt, double quality) {
        return new FactCard(ItemInfo.drafted(prompt, List.of(cite(version, quote)), quality), quote);
    }

    private static Item numeric(DocumentVersion version, String quote, double quality) {
        return new Numeric(ItemInfo.drafted("How many inhabitants did the town have in 1992?", List.of(cite(version, quote)),
                quality), new java.math.BigDecimal("7000"), NumericTolerance.exact(), "people");
    }

    private static Item tagged(Item item, String tag) {
        return item.withInfo(item.info().withTags(List.of(tag)));
    }
}
