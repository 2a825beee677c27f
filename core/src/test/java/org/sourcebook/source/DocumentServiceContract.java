package org.sourcebook.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.content.source.TextSegmenter;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.source.importing.ImportException;
import org.sourcebook.testsupport.ParallelEdits;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Storing and reading document versions, as it must work on every supported database. */
@SpringBootTest
abstract class DocumentServiceContract {

    /** One paragraph per blank-line block, one sentence per paragraph: enough to store and compare. */
    static final TextSegmenter BLOCKS = new TextSegmenter() {
        @Override
        public List<TextRange> paragraphs(String text) {
            List<TextRange> ranges = new ArrayList<>();
            int start = 0;
            for (String block : text.split("\n\n", -1)) {
                ranges.add(new TextRange(start, start + block.length()));
                start += block.length() + 2;
            }
            return ranges;
        }

        @Override
        public List<TextRange> sentences(String text, List<TextRange> paragraphs) {
            return paragraphs;
        }
    };

    private static final int EDITORS = 6;

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
    void aStoredVersionReadsBackExactlyWithItsUnicodeTextMetadataAndBoundaries() {
        var metadata = new DocumentMetadata("Xocalı soyqırımı", "Heydər Əliyev Fondu", null, "26 February 2021",
                "https://example.org/khojaly", "CC BY 4.0", "Commemorative statement");
        DocumentVersion version = DocumentVersion.of(DocumentId.random(), 1,
                "Xocalı, 26 fevral 1992.\n\n“Quoted” text — with dashes.\n\n" + "Long paragraph. ".repeat(20_000),
                metadata, BLOCKS);

        DocumentSummary summary = teacher.get(() -> documents.saveNewDocument(version, new StoredFile("x.txt", "TXT", 42)));
        DocumentVersion stored = teacher.get(() -> documents.findVersionElseThrow(version.documentId(), 1));

        assertThat(stored).isEqualTo(version);
        assertThat(summary.title()).isEqualTo("Xocalı soyqırımı");
        assertThat(summary.latestVersion()).isEqualTo(1);
    }

    @Test
    void aTeacherListsOnlyTheirOwnDocumentsAndCannotOpenAnothersById() {
        DocumentVersion mine = version("Mine");
        teacher.run(() -> documents.saveNewDocument(mine, new StoredFile(null, "TXT", 4)));
        SignedIn colleague = teachers.newTeacher();

        assertThat(colleague.get(documents::myDocuments)).isEmpty();
        assertThat(teacher.get(documents::myDocuments)).extracting(DocumentSummary::title).containsExactly("Mine");
        assertThatThrownBy(() -> colleague.get(() -> documents.findVersionElseThrow(mine.documentId(), 1)))
                .isInstanceOf(NoSuchDocumentException.class);
    }

    @Test
    void anImportedHtmlFileIsStoredAsCleanTextTitledFromTheFile() throws Exception {
        byte[] html = ("<html><head><title>Khojaly statement</title><script>steal()</script></head><body>"
                + "<p onclick=\"x()\">On February 26, 1992 the town was attacked.</p><style>p{}</style>"
                + "<p>The statement marks the 29th anniversary.</p></body></html>").getBytes(StandardCharsets.UTF_8);

        DocumentSummary summary = teacher.get(() -> uncheckedImport(html, "statement.html"));

        DocumentVersion stored = teacher.get(() -> documents.findVersionElseThrow(summary.id(), 1));
        assertThat(summary.title()).isEqualTo("Khojaly statement");
        assertThat(stored.text()).isEqualTo(
                "On February 26, 1992 the town was attacked.\n\nThe statement marks the 29th anniversary.");
        assertThat(stored.paragraphs()).hasSize(2);
    }

    @Test
    void aDamagedFileIsRefusedWithAReasonAndStoresNothing() {
        byte[] brokenPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> teacher.get(() -> uncheckedImport(brokenPdf, "report.pdf")))
                .hasRootCauseInstanceOf(ImportException.class)
                .rootCause()
                .hasMessage("The file could not be read as PDF: it may be damaged");
        assertThat(teacher.get(documents::myDocuments)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFileNames")
    void aHostileFileNameIsStoredAsAPlainShortNameAndTheTextIsImported(String what, String fileName) {
        byte[] text = "On February 26, 1992 the town was attacked.".getBytes(StandardCharsets.UTF_8);

        DocumentSummary summary = teacher.get(() -> uncheckedImport(text, fileName));

        String stored = teacher.get(() -> documents.versionHistory(summary.id())).get(0).fileName();
        assertThat(stored).isNotNull().doesNotContain("/", "\\", "..", "\u202E", "\u0000", "\n").endsWith(".txt");
        assertThat(stored.length()).isLessThanOrEqualTo(StoredFile.MAX_NAME_LENGTH);
        assertThat(stored.chars()).noneMatch(Character::isISOControl);
        assertThat(summary.title()).doesNotContain("/", "\u202E").doesNotContainPattern("\\p{Cc}");
        assertThat(teacher.get(() -> documents.findVersionElseThrow(summary.id(), 1)).text())
                .isEqualTo("On February 26, 1992 the town was attacked.");
    }

    static Stream<Arguments> hostileFileNames() {
        return Stream.of(
                Arguments.of("path traversal", "../../etc/passwd.txt"),
                Arguments.of("Windows path", "..\\..\\windows\\win.ini.txt"),
                Arguments.of("very long", "a".repeat(5000) + ".txt"),
                Arguments.of("control characters", "ev\u0000il\u0007\r\nname.txt"),
                Arguments.of("right-to-left override", "notes\u202Etxt.exe\u202C.txt"));
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsNameSaysIsRefusedAndStoresNothing() {
        byte[] executable = {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        byte[] zipNamedPdf = zipOf("photo.jpg");
        byte[] pdfNamedDocx = "%PDF-1.7\n%garbage that is no PDF body".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> teacher.get(() -> uncheckedImport(executable, "setup.txt")))
                .hasRootCauseInstanceOf(ImportException.class).rootCause().hasMessageStartingWith("Unsupported file type");
        assertThatThrownBy(() -> teacher.get(() -> uncheckedImport(zipNamedPdf, "paper.pdf")))
                .hasRootCauseInstanceOf(ImportException.class).rootCause().hasMessageStartingWith("Unsupported file type");
        assertThatThrownBy(() -> teacher.get(() -> uncheckedImport(pdfNamedDocx, "essay.docx")))
                .hasRootCauseInstanceOf(ImportException.class).rootCause()
                .hasMessage("The file could not be read as PDF: it may be damaged");
        assertThat(teacher.get(documents::myDocuments)).isEmpty();
    }

    private static byte[] zipOf(String entryName) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entryName));
            zip.write(new byte[64]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private DocumentSummary uncheckedImport(byte[] bytes, String fileName) {
        try {
            return documents.importFile(bytes, fileName, null, null);
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void studentsHaveNoAccessToDocumentStorage() {
        SignedIn student = SignedIn.as("some-student", Role.STUDENT);

        assertThatThrownBy(() -> student.get(documents::myDocuments)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> student.get(() -> documents.findMine("", PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> student.get(() -> documents.versionHistory(DocumentId.random())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> student.get(() -> documents.updateMetadata(DocumentId.random(), 0, DocumentMetadata.titled("x"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void findMineSearchesTitlesIgnoringCaseSortsAndPagesOverOwnDocumentsOnly() {
        for (String title : List.of("Khojaly statement", "Shusha history", "The khojaly report", "Ganja notes")) {
            teacher.run(() -> documents.saveNewDocument(version(title), new StoredFile(null, "TXT", 4)));
        }
        SignedIn colleague = teachers.newTeacher();
        colleague.run(() -> documents.saveNewDocument(version("Khojaly (colleague)"), new StoredFile(null, "TXT", 4)));

        Page<DocumentSummary> khojaly = teacher.get(() -> documents.findMine(" KHOJALY ", PageRequest.of(0, 10, Sort.by("title"))));
        Page<DocumentSummary> firstPage = teacher.get(() -> documents.findMine("", PageRequest.of(0, 3, Sort.by("title"))));
        Page<DocumentSummary> secondPage = teacher.get(() -> documents.findMine("", PageRequest.of(1, 3, Sort.by("title"))));

        assertThat(khojaly.getContent()).extracting(DocumentSummary::title)
                .containsExactly("Khojaly statement", "The khojaly report");
        assertThat(firstPage.getTotalElements()).isEqualTo(4);
        assertThat(firstPage.getContent()).extracting(DocumentSummary::title)
                .containsExactly("Ganja notes", "Khojaly statement", "Shusha history");
        assertThat(secondPage.getContent()).extracting(DocumentSummary::title).containsExactly("The khojaly report");
        assertThat(colleague.get(() -> documents.findMine("", PageRequest.of(0, 10))).getContent())
                .extracting(DocumentSummary::title).containsExactly("Khojaly (colleague)");
        assertThatThrownBy(() -> teacher.get(() -> documents.findMine("", PageRequest.of(0, 3, Sort.by("ownerId")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void correctedMetadataReplacesTheLatestVersionsAndKeepsItsTextAndOlderVersions() {
        DocumentVersion first = version("Draft title");
        teacher.run(() -> documents.saveNewDocument(first, new StoredFile("a.txt", "TXT", 4)));
        long reimported = teacher.get(() -> documents.reimportText(first.documentId(), "Some other text.",
                DocumentMetadata.titled("Second"), new StoredFile("b.txt", "TXT", 16), ReimportMode.EVEN_IF_LITTLE_IS_KEPT))
                .document().version();
        var corrected = new DocumentMetadata("Khojaly statement", "Heydər Əliyev Fondu", "Fond", "2021",
                "https://example.org", "CC BY 4.0", "Checked");

        DocumentSummary summary = teacher.get(() -> documents.updateMetadata(first.documentId(), reimported, corrected));

        DocumentVersion latest = teacher.get(() -> documents.findVersionElseThrow(first.documentId(), 2));
        assertThat(summary.title()).isEqualTo("Khojaly statement");
        assertThat(latest.metadata()).isEqualTo(corrected);
        assertThat(latest.text()).isEqualTo("Some other text.");
        assertThat(teacher.get(() -> documents.findVersionElseThrow(first.documentId(), 1)).metadata().title())
                .isEqualTo("Draft title");
        assertThat(teacher.get(documents::myDocuments)).extracting(DocumentSummary::title).containsExactly("Khojaly statement");
        assertThat(teacher.get(() -> documents.versionHistory(first.documentId())))
                .extracting(VersionSummary::number, VersionSummary::title, VersionSummary::fileName)
                .containsExactly(tuple(1, "Draft title", "a.txt"),
                        tuple(2, "Khojaly statement", "b.txt"));
    }

    @Test
    void aMetadataEditStartedBeforeAnotherSaveGetsAConflictAndTheOtherEditStays() {
        DocumentVersion first = version("Draft title");
        long loaded = teacher.get(() -> documents.saveNewDocument(first, new StoredFile("a.txt", "TXT", 4))).version();
        teacher.run(() -> documents.updateMetadata(first.documentId(), loaded, DocumentMetadata.titled("First edit")));

        assertThatThrownBy(() -> teacher.run(
                        () -> documents.updateMetadata(first.documentId(), loaded, DocumentMetadata.titled("Second edit"))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(teacher.get(documents::myDocuments)).extracting(DocumentSummary::title).containsExactly("First edit");
    }

    @Test
    void sixMetadataEditsOfOneVersionAtOnceGetOneSaveAndConflictsAndLoseNoChangeOnRetry() throws Exception {
        DocumentVersion first = version("Title");

        editorsAtOnceOnANewDocument(first, (editor, loaded) -> documents.updateMetadata(first.documentId(),
                loaded.version(), DocumentMetadata.titled(loaded.title() + " e" + editor)));

        String title = teacher.get(documents::myDocuments).get(0).title();
        assertThat(IntStream.range(0, EDITORS).mapToObj(i -> " e" + i)).allMatch(title::contains);
    }

    @Test
    void sixReimportsOfOneDocumentAtOnceConflictOnTheDocumentRowAndEveryFileBecomesAVersionOnRetry() throws Exception {
        DocumentVersion first = version("Title");

        editorsAtOnceOnANewDocument(first, (editor, loaded) -> documents.reimportText(first.documentId(),
                "Text of editor " + editor + ".", DocumentMetadata.titled("Title"),
                new StoredFile("e" + editor + ".txt", "TXT", 16), ReimportMode.EVEN_IF_LITTLE_IS_KEPT));

        assertThat(teacher.get(() -> documents.allVersions(first.documentId()))).extracting(DocumentVersion::text)
                .hasSize(EDITORS + 1)
                .containsAll(IntStream.range(0, EDITORS).mapToObj(i -> "Text of editor " + i + ".").toList());
    }

    /**
     * Stores {@code document}, lets {@link #EDITORS} editors run {@code edit} on what they loaded
     * at the same moment, and checks that one first save won and the database refused the others.
     */
    private void editorsAtOnceOnANewDocument(DocumentVersion document, ParallelEdits.Edit<DocumentSummary> edit)
            throws Exception {
        teacher.run(() -> documents.saveNewDocument(document, new StoredFile("a.txt", "TXT", 4)));

        ParallelEdits.Outcome outcome = ParallelEdits.run(EDITORS, new TransactionTemplate(transactionManager), teacher,
                () -> documents.myDocuments().get(0), edit);

        assertThat(outcome.firstRoundSaves()).as("saves of the version all editors loaded").isEqualTo(1);
        assertThat(outcome.refusedWrites()).as("losers refused by the database, reported as conflicts")
                .isEqualTo(EDITORS - 1);
    }

    @Test
    void anotherTeacherCanNeitherCorrectNorListTheVersionsOfMyDocument() {
        DocumentVersion mine = version("Mine");
        long loaded = teacher.get(() -> documents.saveNewDocument(mine, new StoredFile(null, "TXT", 4))).version();
        SignedIn colleague = teachers.newTeacher();

        assertThatThrownBy(() -> colleague.get(
                        () -> documents.updateMetadata(mine.documentId(), loaded, DocumentMetadata.titled("Taken"))))
                .isInstanceOf(NoSuchDocumentException.class);
        assertThatThrownBy(() -> colleague.get(() -> documents.versionHistory(mine.documentId())))
                .isInstanceOf(NoSuchDocumentException.class);
        assertThat(teacher.get(() -> documents.findVersionElseThrow(mine.documentId(), 1)).metadata().title()).isEqualTo("Mine");
    }

    private static DocumentVersion version(String title) {
        return DocumentVersion.of(DocumentId.random(), 1, "Some text.", DocumentMetadata.titled(title), BLOCKS);
    }
}
