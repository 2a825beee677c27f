package org.sourcebook.ui.teacher.documents;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.item.ItemService;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.SteppedBackgroundTasks;
import org.springframework.beans.factory.annotation.Autowired;

class DocumentUploadViewTest extends KaribuTest {

    static final String TEXT = """
            Khojaly statement

            On 26 February 1992 the town of Khojaly was attacked. The statement marks the 29th anniversary \
            of the tragedy. About 613 civilians were killed, according to the statement.

            The town lies in the Karabakh region of Azerbaijan. Baku is the capital of Azerbaijan.
            """;

    @Autowired
    SteppedBackgroundTasks background;

    @Autowired
    DocumentService documents;

    @Autowired
    ItemService items;

    @BeforeEach
    void openUploadAsAFreshTeacher() {
        background.clear();
        login(createAccount("uploader", Role.TEACHER));
        open("teacher/documents/upload");
    }

    @Autowired
    LessonService lessons;

    @Test
    void anUploadedFileIsImportedAndDraftedInTheBackgroundStageByStageThenLinksToItsDrafts() {
        upload("khojaly.txt", TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(stage()).isEqualTo("Reading the file...");
        assertThat(_get(ProgressBar.class).isVisible()).isTrue();
        assertThat(cancelButton().isVisible()).isTrue();
        assertThat(_find(Upload.class)).as("one import at a time").isEmpty();

        background.runNext();
        assertThat(stage()).isEqualTo("Extracting the text...");
        background.runNext();
        assertThat(stage()).isEqualTo("Storing the document...");
        background.runNext();

        DocumentSummary stored = documents.myDocuments().get(0);
        assertThat(items.citing(stored.id())).isNotEmpty();
        assertThat(outcome()).startsWith("Imported “" + stored.title() + "”: ").contains(" to review. A lesson was drafted from them");
        assertThat(_find(Button.class, spec -> spec.withId("import-cancel"))).isEmpty();
        LessonId drafted = lessons.myLessons().get(0).lesson().id();
        assertThat(_find(Anchor.class)).as("drafts and the drafted lesson are one flow: both are offered")
                .extracting(Anchor::getHref)
                .contains("teacher/documents/" + stored.id() + "/drafts", "teacher/lessons/" + drafted,
                        "teacher/documents/" + stored.id());
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedWhileReceivingAndNothingIsStored() {
        byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(tooBig, (byte) 'a');

        upload("big.txt", tooBig);
        background.runAll();

        assertThat(outcome()).isEqualTo("The file is larger than the limit of 10 MB. Nothing was stored.");
        assertThat(_find(ProgressBar.class)).as("no import started").isEmpty();
        assertThat(documents.myDocuments()).isEmpty();
    }

    @Test
    void aBrokenFileIsReportedWithItsTranslatedReasonAndNothingIsStored() {
        upload("report.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        background.runAll();

        assertThat(outcome()).isEqualTo("The file could not be read as PDF: it may be damaged. Nothing was stored.");
        assertThat(_find(Upload.class)).as("the teacher can try another file").hasSize(1);
        assertThat(documents.myDocuments()).isEmpty();
    }

    @Test
    void cancellingBeforeTheDocumentIsStoredStoresNothing() {
        upload("khojaly.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        background.runNext();

        _click(cancelButton());
        background.runAll();

        assertThat(outcome()).isEqualTo("Cancelled. Nothing was stored.");
        assertThat(documents.myDocuments()).isEmpty();
    }

    @Test
    void cancellingAfterTheDocumentIsStoredSaysItIsKeptWithoutDrafts() {
        upload("khojaly.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        background.runNext();
        background.runNext();

        _click(cancelButton());
        background.runAll();

        DocumentSummary stored = documents.myDocuments().get(0);
        assertThat(outcome()).isEqualTo("Cancelled after “" + stored.title() + "” was stored: the document is in your "
                + "library, but no drafts were made.");
        assertThat(items.citing(stored.id())).isEmpty();
    }

    private static void upload(String fileName, byte[] bytes) {
        _upload(_get(Upload.class), fileName, bytes);
    }

    private static String stage() {
        return _get(Span.class, spec -> spec.withId("import-stage")).getText();
    }

    private static String outcome() {
        return _get(Paragraph.class, spec -> spec.withId("import-outcome")).getText();
    }

    private static Button cancelButton() {
        return _get(Button.class, spec -> spec.withId("import-cancel"));
    }
}
