package org.sourcebook.source;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.sourcebook.account.AccountService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
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

    private final DocumentStore store;
    private final AccountService accounts;
    private final Clock clock;

    DocumentService(DocumentStore store, AccountService accounts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Stores {@code version} (version 1 of a new document) as owned by the signed-in teacher. */
    @Transactional
    public DocumentSummary saveNewDocument(DocumentVersion version, StoredFile file) {
        if (version.version() != 1) {
            throw new IllegalArgumentException("A new document starts at version 1, was " + version.version());
        }
        return summary(store.saveFirstVersion(accounts.currentAccount().id(), version, file, clock.instant()));
    }

    /** The signed-in teacher's documents, most recently changed first. */
    public List<DocumentSummary> myDocuments() {
        return store.findOwnedBy(accounts.currentAccount().id()).stream().map(DocumentService::summary).toList();
    }

    /**
     * One version of one of the signed-in teacher's documents.
     *
     * @throws NoSuchDocumentException if it does not exist or belongs to someone else
     */
    public DocumentVersion findVersionElseThrow(DocumentId id, int version) {
        long me = accounts.currentAccount().id();
        return store.findDocument(id)
                .filter(document -> document.isOwnedBy(me))
                .flatMap(document -> store.findVersion(id, version))
                .orElseThrow(() -> new NoSuchDocumentException(id, version));
    }

    private static DocumentSummary summary(SourceDocumentEntity document) {
        return new DocumentSummary(
                new DocumentId(document.id()), document.title(), document.latestVersion(), document.updatedAt());
    }
}
