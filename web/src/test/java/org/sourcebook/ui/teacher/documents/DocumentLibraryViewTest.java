package org.sourcebook.ui.teacher.documents;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.SortDirection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.RevisedText;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.item.ItemService;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.ReimportMode;
import org.sourcebook.source.StoredFile;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.ReimportedLesson;
import org.sourcebook.ui.SteppedBackgroundTasks;
import org.sourcebook.ui.base.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;

class DocumentLibraryViewTest extends KaribuTest {

    @Autowired
    DocumentService documents;

    @Autowired
    ItemService items;

    @Autowired
    SteppedBackgroundTasks background;

    @BeforeEach
    void signInAFreshTeacher() {
        background.clear();
        login(createAccount("librarian", Role.TEACHER));
    }

    @Test
    void theLibrarySearchesByTitleSortsAndPagesThroughTheDatabase() {
        for (int i = 1; i <= 25; i++) {
            store(String.format("Document %02d", i));
        }
        store("Khojaly statement");
        openLibrary();

        assertThat(_size(grid())).isEqualTo(26);

        grid().sort(List.of(new GridSortOrder<>(grid().getColumnByKey("title"), SortDirection.ASCENDING)));
        assertThat(_fetch(grid(), 20, 10)).extracting(DocumentSummary::title)
                .containsExactly("Document 21", "Document 22", "Document 23", "Document 24", "Document 25",
                        "Khojaly statement");
        grid().sort(List.of(new GridSortOrder<>(grid().getColumnByKey("title"), SortDirection.DESCENDING)));
        assertThat(_fetch(grid(), 0, 2)).extracting(DocumentSummary::title)
                .containsExactly("Khojaly statement", "Document 25");

        _get(TextField.class, spec -> spec.withId("documents-search")).setValue("KHOJALY");
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_fetch(grid(), 0, 10)).extracting(DocumentSummary::title).containsExactly("Khojaly statement");
    }

    @Test
    void anotherTeachersDocumentsAreNotListed() {
        store("Only mine");
        login(createAccount("colleague", Role.TEACHER));

        openLibrary();

        assertThat(_size(grid())).isZero();
    }

    @Test
    void theMetadataDialogRequiresATitleThenSavesTheLatestVersionsMetadata() {
        DocumentSummary stored = store("Old title");
        openLibrary();

        clickRowButton("Details");
        MetadataDialog dialog = _get(MetadataDialog.class);
        assertThat(dialog.title.getValue()).isEqualTo("Old title");
        dialog.title.setValue("   ");
        dialog.author.setValue("Heydər Əliyev Fondu");
        _click(_get(Button.class, spec -> spec.withId("metadata-save")));

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Enter a title.");
        assertThat(documents.findVersionElseThrow(stored.id(), 1).metadata().title()).isEqualTo("Old title");

        dialog.title.setValue("Khojaly statement");
        _click(_get(Button.class, spec -> spec.withId("metadata-save")));

        expectNotifications("Saved the details of “Khojaly statement”.");
        assertThat(dialog.isOpened()).isFalse();
        DocumentMetadata saved = documents.findVersionElseThrow(stored.id(), 1).metadata();
        assertThat(saved.title()).isEqualTo("Khojaly statement");
        assertThat(saved.author()).isEqualTo("Heydər Əliyev Fondu");
        assertThat(_fetch(grid(), 0, 1)).extracting(DocumentSummary::title).containsExactly("Khojaly statement");
    }

    @Test
    void detailsSavedAfterAnotherTabSavedThemShowAConflictAndKeepTheOtherTabsDetails() {
        DocumentSummary stored = store("Old title");
        openLibrary();
        clickRowButton("Details");
        MetadataDialog dialog = _get(MetadataDialog.class);
        documents.updateMetadata(stored.id(), stored.version(), DocumentMetadata.titled("Other tab's title"));

        dialog.title.setValue("My title");
        _click(_get(Button.class, spec -> spec.withId("metadata-save")));

        expectNotifications("Someone else changed this document after you opened it, so your details were not saved "
                + "and nothing was overwritten. The list now shows the saved document; open the details again to make "
                + "your change.");
        assertThat(documents.findVersionElseThrow(stored.id(), 1).metadata().title()).isEqualTo("Other tab's title");
        assertThat(_fetch(grid(), 0, 1)).extracting(DocumentSummary::title).containsExactly("Other tab's title");
    }

    @Test
    void theVersionsDialogListsVersionsAndReimportsAFileShowingWhatHappenedToTheItems() {
        DocumentSummary stored = documents.importText("The town was attacked in 1992. Baku is the capital.",
                DocumentMetadata.titled("Statement"), new StoredFile("s.txt", "TXT", 50));
        DocumentVersion first = documents.findVersionElseThrow(stored.id(), 1);
        items.add(List.of(card(first, "attacked in 1992"), card(first, "Baku is the capital")));
        openLibrary();

        clickRowButton("Versions");
        VersionsDialog dialog = _get(VersionsDialog.class);
        assertThat(_size(dialog.versions)).isEqualTo(1);
        assertThat(dialog.needsReview.getText()).isEqualTo("Items that need review: 0");

        _upload(LocatorJ._get(dialog, Upload.class), "statement-v2.txt",
                "The town was attacked in 1992.\n\nA new paragraph.".getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.outcome.getText()).isEqualTo("Stored version 2. Items moved to it: 1. Newly flagged for "
                + "review: 1. Still waiting for review from before: 0. Left as they were (rejected, or kept on their "
                + "version by you): 0.");
        assertThat(dialog.needsReview.getText()).isEqualTo("Items that need review: 1");
        assertThat(_size(dialog.versions)).isEqualTo(2);
        assertThat(_fetch(grid(), 0, 1)).extracting(DocumentSummary::latestVersion).containsExactly(2);
        assertThat(LocatorJ._get(dialog, Anchor.class, spec -> spec.withId("versions-review-flagged")).getHref())
                .isEqualTo("teacher/documents/" + stored.id() + "/drafts");
    }

    @Test
    void reimportingTheSameTextStoresNothingAndSaysSoInsteadOfReflaggingItems() {
        DocumentSummary stored = documents.importText("The town was attacked in 1992. Baku is the capital.",
                DocumentMetadata.titled("Statement"), new StoredFile("s.txt", "TXT", 50));
        DocumentVersion first = documents.findVersionElseThrow(stored.id(), 1);
        items.add(List.of(card(first, "Baku is the capital")));
        documents.reimportText(stored.id(), "The town was attacked in 1992. Baku is its capital.",
                DocumentMetadata.titled("Statement"), new StoredFile("s.txt", "TXT", 50), ReimportMode.EVEN_IF_LITTLE_IS_KEPT);
        VersionsDialog dialog = openVersions();

        _upload(LocatorJ._get(dialog, Upload.class), "statement-v2.txt",
                "The town was attacked in 1992. Baku is its capital.".getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.outcome.getText())
                .isEqualTo("This file holds the same text as version 2: nothing was stored and no item changed.");
        assertThat(_size(dialog.versions)).isEqualTo(2);
        assertThat(dialog.needsReview.getText()).isEqualTo("Items that need review: 1");
    }

    @Test
    void aFileThatKeepsLittleOfTheTextIsHeldBackAndCanBeImportedAsANewDocument() {
        DocumentSummary stored = store("Statement");
        VersionsDialog dialog = openVersions();
        byte[] unrelated = RevisedText.UNRELATED.getBytes(StandardCharsets.UTF_8);

        _upload(LocatorJ._get(dialog, Upload.class), "water-cycle.txt", unrelated);

        assertThat(dialog.warning.isVisible()).isTrue();
        assertThat(LocatorJ._get(dialog, Paragraph.class, spec -> spec.withId("reimport-warning-text")).getText())
                .isEqualTo("Only 0% of the text of version 1 is in this file: it may be a different document. Nothing "
                        + "has been stored. Stored as version 2, it would flag every item citing text that is missing.");
        assertThat(documents.versionHistory(stored.id())).hasSize(1);

        _click(LocatorJ._get(dialog, Button.class, spec -> spec.withId("reimport-as-new")));
        background.runAll();

        assertThat(dialog.outcome.getText()).matches("Imported “[^”]+” as a new document and drafted .*")
                .endsWith("new items. This document is unchanged.");
        assertThat(dialog.warning.isVisible()).isFalse();
        assertThat(documents.myDocuments()).hasSize(2).extracting(DocumentSummary::title).contains("Statement")
                .anyMatch(title -> title.startsWith("The water cycle"));
        assertThat(documents.versionHistory(stored.id())).hasSize(1);
    }

    @Test
    void aFileThatKeepsLittleOfTheTextIsStoredOnlyWhenTheTeacherSaysSo() {
        DocumentSummary stored = store("Statement");
        VersionsDialog dialog = openVersions();
        byte[] unrelated = "Rain falls and rivers run back to the sea.".getBytes(StandardCharsets.UTF_8);

        _upload(LocatorJ._get(dialog, Upload.class), "water.txt", unrelated);
        _click(LocatorJ._get(dialog, Button.class, spec -> spec.withId("reimport-cancel")));

        assertThat(dialog.outcome.getText()).isEqualTo("Nothing was stored.");
        assertThat(documents.versionHistory(stored.id())).hasSize(1);

        _upload(LocatorJ._get(dialog, Upload.class), "water.txt", unrelated);
        _click(LocatorJ._get(dialog, Button.class, spec -> spec.withText("Store it as version 2 anyway")));

        assertThat(dialog.outcome.getText()).startsWith("Stored version 2.");
        assertThat(documents.versionHistory(stored.id())).hasSize(2);
        assertThat(documents.myDocuments()).hasSize(1);
    }

    @Test
    void theReportCountsEachItemOnceAndNamesTheLessonsThatUseFlaggedItems() {
        ReimportedLesson lesson = ReimportedLesson.ofSignedInTeacher(this);
        VersionsDialog dialog = openVersions();

        _upload(LocatorJ._get(dialog, Upload.class), "khojaly-v2.txt", ReimportedLesson.V2.getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.outcome.getText()).isEqualTo("Stored version 2. Items moved to it: 0. Newly flagged for "
                + "review: 3. Still waiting for review from before: 0. Left as they were (rejected, or kept on their "
                + "version by you): 0.");
        assertThat(LocatorJ._get(dialog, Div.class, spec -> spec.withId("versions-affected-lessons"))
                .getElement().getTextRecursively()).contains(ReimportedLesson.TITLE + " (Published)");

        lesson.reject(lesson.inhabitants());
        _upload(LocatorJ._get(dialog, Upload.class), "khojaly-v3.txt",
                (ReimportedLesson.V2 + " A closing sentence.").getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.outcome.getText()).isEqualTo("Stored version 3. Items moved to it: 0. Newly flagged for "
                + "review: 0. Still waiting for review from before: 2. Left as they were (rejected, or kept on their "
                + "version by you): 1.");
    }

    @Test
    void aReimportOfABrokenFileShowsTheTranslatedReasonAndAddsNoVersion() {
        store("Statement");
        VersionsDialog dialog = openVersions();

        _upload(LocatorJ._get(dialog, Upload.class), "empty.txt", new byte[0]);

        assertThat(dialog.outcome.getText()).isEqualTo("The file is empty. Nothing was stored.");
        assertThat(_size(dialog.versions)).isEqualTo(1);
    }

    @Test
    void studentsCannotOpenTheDocumentPages() {
        login("student");

        for (String page : List.of("teacher/documents", "teacher/documents/upload",
                "teacher/documents/" + java.util.UUID.randomUUID())) {
            open(page);
            assertThat(currentView()).as(page).isInstanceOf(AccessDeniedView.class);
        }
    }

    private static Item card(DocumentVersion version, String quote) {
        int start = version.text().indexOf(quote);
        return new FactCard(ItemInfo.drafted("What does the source say?",
                List.of(version.cite(new TextRange(start, start + quote.length()))), 0.5), quote);
    }

    private DocumentSummary store(String title) {
        return documents.importText("The town was attacked in 1992.", DocumentMetadata.titled(title),
                new StoredFile("x.txt", "TXT", 30));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DocumentSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("documents-grid"));
    }

    private static void openLibrary() {
        open("teacher/documents");
        assertThat(currentView()).isInstanceOf(DocumentLibraryView.class);
    }

    private static VersionsDialog openVersions() {
        openLibrary();
        clickRowButton("Versions");
        return _get(VersionsDialog.class);
    }

    private static void clickRowButton(String caption) {
        Component actions = _getCellComponent(grid(), 0, "actions");
        _click(LocatorJ._get(actions, Button.class, spec -> spec.withText(caption)));
    }
}
