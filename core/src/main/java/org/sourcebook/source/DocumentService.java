package org.sourcebook.source;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sourcebook.account.AccountService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.TextOverlap;
import org.sourcebook.content.source.TextSegmenter;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.ReanchoringReport;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.source.importing.DocumentImporter;
import org.sourcebook.source.importing.ImportException;
import org.sourcebook.source.importing.ImportedDocument;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's source documents. Teachers see and change only their own documents; a document
 * owned by someone else reads as missing.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.TEACHER)
public class DocumentService {

    /** The properties {@link #findMine} sorts by. */
    public static final String SORT_TITLE = "title";

    public static final String SORT_UPDATED = "updatedAt";

    /**
     * A re-import that keeps less than this share of the current version's sentences (by length)
     * is taken for another document and refused unless the teacher confirms it.
     */
    public static final double MIN_KEPT_SHARE = 0.5;

    private static final Set<String> SORTABLE = Set.of(SORT_TITLE, SORT_UPDATED);

    private final DocumentStore store;
    private final AccountService accounts;
    private final ItemService items;
    private final TextSegmenter segmenter;
    private final Clock clock;

    private final DocumentImporter importer;

    DocumentService(
            DocumentStore store,
            AccountService accounts,
            ItemService items,
            TextSegmenter segmenter,
            DocumentImporter importer,
            Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.items = items;
        this.segmenter = segmenter;
        this.importer = importer;
        this.clock = clock;
    }

    /**
     * Imports an uploaded file as a new document of the signed-in teacher. A file that cannot be
     * imported stores nothing.
     *
     * @param metadata what the teacher entered, or null to use what the file says (title, author)
     * @throws ImportException with a message to show: unsupported, damaged, empty, too large, ...
     */
    @Transactional(rollbackFor = ImportException.class)
    public DocumentSummary importFile(
            byte[] bytes, @Nullable String fileName, @Nullable String contentType, @Nullable DocumentMetadata metadata)
            throws ImportException {
        ImportedDocument imported = importer.importFile(bytes, fileName, contentType);
        return importText(imported.text(), metadata == null ? imported.metadata() : metadata,
                storedFile(imported, fileName, bytes));
    }

    /**
     * Imports an uploaded file as the next version of one of the signed-in teacher's documents; see
     * {@link #reimportText}. A file that cannot be imported stores nothing and changes no item.
     *
     * @param metadata the new version's metadata, or null to keep the current version's
     * @throws ImportException with a message to show
     * @throws LittleTextKeptException if {@code mode} checks and little of the current text is in the file
     * @throws NoSuchDocumentException if it does not exist or belongs to someone else
     */
    @Transactional(rollbackFor = ImportException.class)
    public ReimportReport reimportFile(
            DocumentId id, byte[] bytes, @Nullable String fileName, @Nullable String contentType,
            @Nullable DocumentMetadata metadata, ReimportMode mode) throws ImportException {
        SourceDocumentEntity document = findOwned(id);
        ImportedDocument imported = importer.importFile(bytes, fileName, contentType);
        DocumentMetadata kept = metadata != null ? metadata : findVersionElseThrow(id, document.latestVersion()).metadata();
        return reimportText(id, imported.text(), kept, storedFile(imported, fileName, bytes), mode);
    }

    private static StoredFile storedFile(ImportedDocument imported, @Nullable String fileName, byte[] bytes) {
        return new StoredFile(fileName, imported.format().name(), bytes.length);
    }

    /** Stores extracted {@code text} as version 1 of a new document owned by the signed-in teacher. */
    @Transactional
    public DocumentSummary importText(String text, DocumentMetadata metadata, StoredFile file) {
        return saveNewDocument(DocumentVersion.of(DocumentId.random(), 1, text, metadata, segmenter), file);
    }

    /**
     * Stores {@code text} as the next version of one of the signed-in teacher's documents and moves
     * the citations of its items there; items whose quotes changed are flagged for review (see
     * {@link ItemService#reanchor}). A text equal to the current version's stores nothing and
     * changes nothing ({@link ReimportReport#stored()} is false). With {@link ReimportMode#CHECKED},
     * a text that keeps less than {@link #MIN_KEPT_SHARE} of the current version's sentences is
     * refused before anything is stored.
     *
     * @throws LittleTextKeptException if {@code mode} checks and little of the current text is kept
     * @throws ConcurrentEditException if the document or one of its items was saved at the same moment
     * @throws NoSuchDocumentException if it does not exist or belongs to someone else
     */
    @Transactional
    public ReimportReport reimportText(DocumentId id, String text, DocumentMetadata metadata, StoredFile file,
            ReimportMode mode) {
        SourceDocumentEntity document = findOwned(id);
        DocumentVersion latest = findVersionElseThrow(id, document.latestVersion());
        var next = DocumentVersion.of(id, document.latestVersion() + 1, text, metadata, segmenter);
        if (next.sha256().equals(latest.sha256())) {
            return ReimportReport.unchanged(summary(document));
        }
        double kept = TextOverlap.keptShare(latest, next);
        if (mode == ReimportMode.CHECKED && kept < MIN_KEPT_SHARE) {
            throw new LittleTextKeptException(id, latest.version(), kept);
        }
        store.saveNextVersion(document, next, file, clock.instant());
        ReanchoringReport report = items.reanchor(id, version -> store.findVersion(id, version)
                .orElseThrow(() -> new NoSuchDocumentException(id, version)), next);
        return new ReimportReport(summary(document), true, report);
    }

    /** Stores {@code version} (version 1 of a new document) as owned by the signed-in teacher. */
    @Transactional
    public DocumentSummary saveNewDocument(DocumentVersion version, StoredFile file) {
        if (version.version() != 1) {
            throw new IllegalArgumentException("A new document starts at version 1, was " + version.version());
        }
        return summary(store.saveFirstVersion(accounts.currentAccount().id(), version, file, clock.instant()));
    }

    /**
     * Stores every version of a document exactly as given (ids and version numbers kept), e.g. from
     * a bundle, owned by the signed-in teacher.
     *
     * @throws IllegalArgumentException if the document already exists or the versions are not 1..n
     */
    @Transactional
    public DocumentSummary importVersions(List<DocumentVersion> versions, StoredFile file) {
        DocumentVersion first = versions.get(0);
        if (store.findDocument(first.documentId()).isPresent()) {
            throw new IllegalArgumentException("Document " + first.documentId() + " (\"" + first.metadata().title()
                    + "\") is already on this server");
        }
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).version() != i + 1 || !versions.get(i).documentId().equals(first.documentId())) {
                throw new IllegalArgumentException("Document " + first.documentId() + " must hold versions 1 to "
                        + versions.size() + " in order");
            }
        }
        SourceDocumentEntity document = store.saveFirstVersion(accounts.currentAccount().id(), first, file, clock.instant());
        versions.stream().skip(1).forEach(next -> store.saveNextVersion(document, next, file, clock.instant()));
        return summary(document);
    }

    /** Every version of one of the signed-in teacher's documents, oldest first. */
    public List<DocumentVersion> allVersions(DocumentId id) {
        SourceDocumentEntity document = findOwned(id);
        return IntStream.rangeClosed(1, document.latestVersion())
                .mapToObj(version -> store.findVersion(id, version).orElseThrow(() -> new NoSuchDocumentException(id, version)))
                .toList();
    }

    /** The signed-in teacher's documents, most recently changed first. */
    public List<DocumentSummary> myDocuments() {
        return store.findOwnedBy(accounts.currentAccount().id()).stream().map(DocumentService::summary).toList();
    }

    /**
     * One page of the signed-in teacher's documents whose title contains {@code titleContains}
     * (ignoring case; blank matches all), sorted by {@link #SORT_TITLE} and/or {@link #SORT_UPDATED}
     * (most recently changed first when unsorted).
     *
     * @throws IllegalArgumentException if the page asks to sort by anything else
     */
    public Page<DocumentSummary> findMine(String titleContains, Pageable pageable) {
        pageable.getSort().forEach(order -> {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new IllegalArgumentException("Documents sort only by " + SORTABLE + ", not " + order.getProperty());
            }
        });
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by(Sort.Direction.DESC, SORT_UPDATED);
        Pageable stable = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
        return store.findOwnedBy(accounts.currentAccount().id(), titleContains.strip(), stable)
                .map(DocumentService::summary);
    }

    /**
     * Corrects the metadata of the latest version of one of the signed-in teacher's documents (the
     * document takes its title). The text, and so every citation, stays as it is; older versions
     * keep the metadata they were imported with.
     *
     * @param expectedVersion the {@link DocumentSummary#version()} the edit started from
     * @throws ConcurrentEditException if the document was changed (edited, re-imported) since
     * @throws NoSuchDocumentException if it does not exist or belongs to someone else
     */
    @Transactional
    public DocumentSummary updateMetadata(DocumentId id, long expectedVersion, DocumentMetadata metadata) {
        SourceDocumentEntity document = findOwned(id);
        if (document.version() != expectedVersion) {
            throw new ConcurrentEditException("Document", id, expectedVersion, document.version());
        }
        store.correctLatestMetadata(document, metadata, clock.instant());
        return summary(document);
    }

    /**
     * The versions of one of the signed-in teacher's documents, oldest first, without their text.
     *
     * @throws NoSuchDocumentException if it does not exist or belongs to someone else
     */
    public List<VersionSummary> versionHistory(DocumentId id) {
        findOwned(id);
        return store.history(id);
    }

    /**
     * One version of one of the signed-in teacher's documents.
     *
     * @throws NoSuchDocumentException if it does not exist or belongs to someone else
     */
    public DocumentVersion findVersionElseThrow(DocumentId id, int version) {
        findOwned(id);
        return store.findVersion(id, version).orElseThrow(() -> new NoSuchDocumentException(id, version));
    }

    /**
     * The newest version of one of the signed-in teacher's documents.
     *
     * @throws NoSuchDocumentException if it does not exist or belongs to someone else
     */
    public DocumentVersion latestVersion(DocumentId id) {
        SourceDocumentEntity document = findOwned(id);
        return store.findVersion(id, document.latestVersion())
                .orElseThrow(() -> new NoSuchDocumentException(id, document.latestVersion()));
    }

    /**
     * One version of a document that {@code ownerId} owns, for students reading a lesson that
     * teacher published; only the published-lessons service calls this, with that lesson's owner
     * and the versions the lesson cites.
     */
    @RolesAllowed(Role.Name.STUDENT)
    public Optional<DocumentVersion> versionOwnedBy(long ownerId, DocumentId id, int version) {
        return store.findDocument(id)
                .filter(document -> document.isOwnedBy(ownerId))
                .flatMap(document -> store.findVersion(id, version));
    }

    private SourceDocumentEntity findOwned(DocumentId id) {
        long me = accounts.currentAccount().id();
        return store.findDocument(id)
                .filter(document -> document.isOwnedBy(me))
                .orElseThrow(() -> new NoSuchDocumentException(id, 0));
    }

    private static DocumentSummary summary(SourceDocumentEntity document) {
        return new DocumentSummary(
                new DocumentId(document.id()), document.title(), document.latestVersion(), document.updatedAt(),
                document.version());
    }
}
