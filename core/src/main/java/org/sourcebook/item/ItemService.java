package org.sourcebook.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.sourcebook.account.AccountService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.ReanchorOutcome;
import org.sourcebook.content.source.Reanchoring;
import org.sourcebook.content.source.Span;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.persistence.ContentJson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in teacher's items (the question bank). Edits name the version they started from,
 * so two people editing one item get a conflict instead of a silent overwrite.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.TEACHER)
public class ItemService {

    private static final String ACCEPTED = ContentJson.wireName(ItemStatus.ACCEPTED);
    private static final String NEEDS_REVIEW = ContentJson.wireName(ItemStatus.NEEDS_REVIEW);
    private static final String REJECTED = ContentJson.wireName(ItemStatus.REJECTED);

    private final ItemRepository items;
    private final AccountService accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ItemJson json = new ItemJson();
    private final ObjectMapper parser = ContentJson.mapper();

    ItemService(ItemRepository items, AccountService accounts, Clock clock, ApplicationEventPublisher events) {
        this.items = items;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Stores new items (drafted or written) as the signed-in teacher's.
     *
     * @throws IllegalArgumentException if an item already exists, or cites a document that is not
     *     the teacher's
     */
    @Transactional
    public List<StoredItem> add(List<Item> newItems) {
        long owner = accounts.currentAccount().id();
        newItems.forEach(item -> {
            if (items.existsById(item.id().value())) {
                throw new IllegalArgumentException("Item " + item.id() + " is already on this server");
            }
            requireOwnDocuments(item, owner);
        });
        return newItems.stream().map(item -> {
            var entity = new ItemEntity(item.id().value(), owner, clock.instant());
            write(entity, item);
            return toStored(items.saveAndFlush(entity));
        }).toList();
    }

    /**
     * Saves an edited item.
     *
     * @param expectedVersion the version the edit started from
     * @throws ConcurrentEditException if it was saved by someone else since
     * @throws NoSuchItemException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredItem update(Item item, long expectedVersion) {
        ItemEntity entity = findOwnedAt(item.id(), expectedVersion);
        requireOwnDocuments(item, entity.ownerId());
        return store(entity, item);
    }

    /** @throws NoSuchItemException if it does not exist or belongs to someone else */
    public StoredItem findElseThrow(ItemId id) {
        return toStored(findOwned(id));
    }

    /**
     * The items among {@code ids} that belong to {@code ownerId} and that a published lesson
     * serves: accepted items, and items that were accepted and now wait for review after a
     * re-import (unchanged, still citing the version they were accepted with; whether a quiz
     * serves them is its teacher's choice, see {@code QuizSettings#whenFlagged}). Only the
     * published-lessons service calls this, with the ids of that lesson and its owner, so students
     * never reach items outside a published lesson.
     */
    @RolesAllowed(Role.Name.STUDENT)
    public Map<ItemId, Item> publishedItemsOf(long ownerId, Collection<ItemId> ids) {
        Map<ItemId, Item> found = new LinkedHashMap<>();
        items.findAllById(ids.stream().map(ItemId::value).toList()).stream()
                .filter(entity -> entity.isOwnedBy(ownerId) && wasAccepted(entity))
                .map(this::read)
                .forEach(item -> found.put(item.id(), item));
        return found;
    }

    private static boolean wasAccepted(ItemEntity entity) {
        return ACCEPTED.equals(entity.status())
                || NEEDS_REVIEW.equals(entity.status()) && ACCEPTED.equals(entity.flaggedFrom());
    }

    /** The signed-in teacher's items among {@code ids} that wait for review, in no particular order. */
    public List<StoredItem> inReview(Collection<ItemId> ids) {
        long owner = accounts.currentAccount().id();
        return items.findAllById(ids.stream().map(ItemId::value).distinct().toList()).stream()
                .filter(entity -> entity.isOwnedBy(owner) && NEEDS_REVIEW.equals(entity.status()))
                .map(this::toStored)
                .toList();
    }

    /** All of the signed-in teacher's items, oldest first. */
    public List<StoredItem> myItems() {
        return items.findByOwnerIdOrderByCreatedAtAscIdAsc(accounts.currentAccount().id()).stream()
                .map(this::toStored)
                .toList();
    }

    /**
     * One page of the signed-in teacher's question bank, filtered and sorted as {@code query}
     * says; other teachers' items never match. Public for every view that picks items (the bank,
     * the lesson editor); {@link #count(ItemQuery)} gives the total for the same filters.
     */
    public List<StoredItem> find(ItemQuery query) {
        return items.search(accounts.currentAccount().id(), query).stream().map(this::toStored).toList();
    }

    /** How many of the signed-in teacher's items match {@code query}'s filters (its page is ignored). */
    public long count(ItemQuery query) {
        return items.count(accounts.currentAccount().id(), query);
    }

    /** The tags used on the signed-in teacher's items, alphabetically. */
    public List<String> myTags() {
        return items.findTagsOf(accounts.currentAccount().id());
    }

    /**
     * Marks one item reviewed and approved.
     *
     * @throws ConcurrentEditException if it was saved since {@code expectedVersion}
     * @throws NoSuchItemException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredItem accept(ItemId id, long expectedVersion) {
        return changeStatus(id, expectedVersion, ItemStatus.ACCEPTED);
    }

    /**
     * Marks one item turned down (kept, so drafting the document again does not offer it anew).
     *
     * @throws ConcurrentEditException if it was saved since {@code expectedVersion}
     * @throws NoSuchItemException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredItem reject(ItemId id, long expectedVersion) {
        return changeStatus(id, expectedVersion, ItemStatus.REJECTED);
    }

    /**
     * Accepts several items at once, all or nothing: if any of them was changed since the version
     * given for it, or is missing or someone else's, none is accepted.
     *
     * @param expectedVersions each item's id and the version the teacher saw
     * @throws ConcurrentEditException if any item was saved since its expected version
     * @throws NoSuchItemException if any item does not exist or belongs to someone else
     */
    @Transactional
    public List<StoredItem> acceptAll(Map<ItemId, Long> expectedVersions) {
        List<ItemEntity> entities = new ArrayList<>();
        expectedVersions.forEach((id, expected) -> entities.add(findOwnedAt(id, expected)));
        return entities.stream().map(entity -> store(entity, read(entity).withStatus(ItemStatus.ACCEPTED))).toList();
    }

    /**
     * Rejects several items at once, all or nothing, like {@link #acceptAll}; the lessons that used
     * them let go of them ({@link ItemsRejected}).
     *
     * @param expectedVersions each item's id and the version the teacher saw
     * @throws ConcurrentEditException if any item was saved since its expected version
     * @throws NoSuchItemException if any item does not exist or belongs to someone else
     */
    @Transactional
    public List<StoredItem> rejectAll(Map<ItemId, Long> expectedVersions) {
        List<ItemEntity> entities = new ArrayList<>();
        expectedVersions.forEach((id, expected) -> entities.add(findOwnedAt(id, expected)));
        return storeAll(entities, entities.stream().map(entity -> read(entity).withStatus(ItemStatus.REJECTED)).toList());
    }

    /**
     * Undoes a status change: each item gets back the status it had, provided nobody saved it since
     * the change ({@code changed} holds the items as the change left them). All or nothing.
     *
     * @param previous each item's status before the change
     * @throws ConcurrentEditException if any item was saved since the change
     * @throws NoSuchItemException if any item does not exist or belongs to someone else
     */
    @Transactional
    public List<StoredItem> revertStatuses(List<StoredItem> changed, Map<ItemId, ItemStatus> previous) {
        List<ItemEntity> entities = changed.stream().map(stored -> findOwnedAt(stored.item().id(), stored.version())).toList();
        return storeAll(entities, entities.stream().map(entity -> {
            Item item = read(entity);
            return item.withStatus(previous.getOrDefault(item.id(), item.status()));
        }).toList());
    }

    /**
     * Accepts every DRAFT item of the signed-in teacher that cites {@code document} (items needing
     * review are left for a look one by one).
     *
     * @return the items accepted
     * @throws ConcurrentEditException if one of them was saved at the same moment; none is accepted then
     */
    @Transactional
    public List<StoredItem> acceptAllDrafts(DocumentId document) {
        String draft = ContentJson.wireName(ItemStatus.DRAFT);
        return items.findByOwnerIdAndDocumentIdAndStatus(accounts.currentAccount().id(), document.value(), draft).stream()
                .map(entity -> store(entity, read(entity).withStatus(ItemStatus.ACCEPTED)))
                .toList();
    }

    /** The signed-in teacher's items that cite {@code document}. */
    public List<StoredItem> citing(DocumentId document) {
        return items.findByOwnerIdAndDocumentId(accounts.currentAccount().id(), document.value()).stream()
                .map(this::toStored)
                .toList();
    }

    /**
     * Moves every citation of {@code document} to {@code next}, the document's new version. An item
     * whose cited quotes all stand in the new text cites it there (an item that was waiting for
     * review goes back to the status it had). Otherwise the item keeps its old citations (still
     * valid in the old version) and becomes NEEDS_REVIEW, remembering its status, unless it was
     * rejected (a rejection stands), the teacher chose to keep its citations on their version, or
     * it was waiting for review already. Nothing is dropped.
     *
     * @param versions looks up the versions the items cite now
     * @throws ConcurrentEditException if one of the items was saved at the same moment; none moves then
     */
    @Transactional
    public ReanchoringReport reanchor(DocumentId document, IntFunction<DocumentVersion> versions, DocumentVersion next) {
        Map<Integer, DocumentVersion> cited = new HashMap<>();
        IntFunction<DocumentVersion> citedVersion = version -> cited.computeIfAbsent(version, versions::apply);
        Map<Fate, Integer> tally = new EnumMap<>(Fate.class);
        for (ItemEntity entity : items.findByOwnerIdAndDocumentId(accounts.currentAccount().id(), document.value())) {
            tally.merge(reanchor(entity, document, citedVersion, next), 1, Integer::sum);
        }
        return new ReanchoringReport(tally.getOrDefault(Fate.MOVED, 0), tally.getOrDefault(Fate.NEWLY_FLAGGED, 0),
                tally.getOrDefault(Fate.STILL_FLAGGED, 0), tally.getOrDefault(Fate.LEFT_AS_IT_WAS, 0));
    }

    /** What a re-import does to one item; see {@link ReanchoringReport}. */
    private enum Fate { MOVED, NEWLY_FLAGGED, STILL_FLAGGED, LEFT_AS_IT_WAS }

    private Fate reanchor(ItemEntity entity, DocumentId document, IntFunction<DocumentVersion> cited, DocumentVersion next) {
        Item item = read(entity);
        Optional<List<Span>> moved = move(item.citations(), document, cited, next);
        boolean flagged = NEEDS_REVIEW.equals(entity.status());
        if (moved.isPresent()) {
            Item updated = item.withCitations(moved.get());
            entity.keepCitations(false);
            write(entity, flagged ? updated.withStatus(statusBefore(entity)) : updated);
            return Fate.MOVED;
        }
        if (flagged) {
            return Fate.STILL_FLAGGED;
        }
        if (item.status() == ItemStatus.REJECTED || entity.citationsKept()) {
            return Fate.LEFT_AS_IT_WAS;
        }
        entity.flag(entity.status());
        write(entity, item.withStatus(ItemStatus.NEEDS_REVIEW));
        return Fate.NEWLY_FLAGGED;
    }

    /**
     * Settles an item that waits for review, as the teacher decided: {@code resolved} (the item
     * re-cited, its answer perhaps updated, or as it was) is stored with the status the item had
     * before it was flagged.
     *
     * @param keepCitations true when the teacher chose to keep citing the version the item points
     *     into: later re-imports then move it when its quotes come back but no longer flag it
     * @throws IllegalStateException if the item does not wait for review (nothing is changed)
     * @throws IllegalArgumentException if {@code resolved} cites a document that is not the teacher's
     * @throws ConcurrentEditException if it was saved since {@code expectedVersion}
     * @throws NoSuchItemException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredItem settleReview(Item resolved, long expectedVersion, boolean keepCitations) {
        ItemEntity entity = findOwnedAt(resolved.id(), expectedVersion);
        if (!NEEDS_REVIEW.equals(entity.status())) {
            throw new IllegalStateException("Item " + resolved.id() + " does not wait for review");
        }
        requireOwnDocuments(resolved, entity.ownerId());
        entity.keepCitations(keepCitations);
        return store(entity, resolved.withStatus(statusBefore(entity)));
    }

    /** The status a flagged item had before; accepted if that was not recorded. */
    private static ItemStatus statusBefore(ItemEntity entity) {
        String before = entity.flaggedFrom();
        return before == null ? ItemStatus.ACCEPTED : ContentJson.fromWireName(ItemStatus.class, "status", before);
    }

    /** The citations moved to {@code next}; empty if any of them needs review. */
    private static Optional<List<Span>> move(
            List<Span> citations, DocumentId document, IntFunction<DocumentVersion> cited, DocumentVersion next) {
        List<Span> moved = new ArrayList<>();
        for (Span citation : citations) {
            if (!citation.documentId().equals(document) || citation.version() == next.version()) {
                moved.add(citation);
                continue;
            }
            ReanchorOutcome outcome = Reanchoring.reanchor(citation, cited.apply(citation.version()), next);
            if (!(outcome instanceof ReanchorOutcome.Anchored anchored)) {
                return Optional.empty();
            }
            moved.add(anchored.anchored());
        }
        return Optional.of(moved);
    }

    private StoredItem changeStatus(ItemId id, long expectedVersion, ItemStatus status) {
        ItemEntity entity = findOwnedAt(id, expectedVersion);
        return store(entity, read(entity).withStatus(status));
    }

    /** Saves the item; a newly rejected one is announced ({@link ItemsRejected}) in the same transaction. */
    private StoredItem store(ItemEntity entity, Item item) {
        return storeAll(List.of(entity), List.of(item)).get(0);
    }

    /** Saves {@code newItems.get(i)} into {@code entities.get(i)}; the newly rejected ones are announced together. */
    private List<StoredItem> storeAll(List<ItemEntity> entities, List<Item> newItems) {
        Set<ItemId> rejectedNow = new java.util.HashSet<>();
        List<StoredItem> stored = new ArrayList<>();
        for (int index = 0; index < entities.size(); index++) {
            ItemEntity entity = entities.get(index);
            Item item = newItems.get(index);
            if (item.status() == ItemStatus.REJECTED && !REJECTED.equals(entity.status())) {
                rejectedNow.add(item.id());
            }
            write(entity, item);
            stored.add(toStored(items.saveAndFlush(entity)));
        }
        if (!rejectedNow.isEmpty()) {
            events.publishEvent(new ItemsRejected(entities.get(0).ownerId(), rejectedNow));
        }
        return stored;
    }

    /** Replaces the entity's item; the row is written at the latest when the transaction commits. */
    private void write(ItemEntity entity, Item item) {
        entity.store(columns(item), json.write(item).toString(), clock.instant());
    }

    /** The owned item, if it is still at {@code expectedVersion}. */
    private ItemEntity findOwnedAt(ItemId id, long expectedVersion) {
        ItemEntity entity = findOwned(id);
        if (entity.version() != expectedVersion) {
            throw new ConcurrentEditException("Item", id, expectedVersion, entity.version());
        }
        return entity;
    }

    private void requireOwnDocuments(Item item, long owner) {
        item.citations().stream().map(Span::documentId).distinct().forEach(document -> {
            if (items.countDocumentsOwnedBy(document.value(), owner) == 0) {
                throw new IllegalArgumentException(
                        "Item " + item.id() + " cites document " + document + ", which is not one of your documents");
            }
        });
    }

    private ItemEntity findOwned(ItemId id) {
        long owner = accounts.currentAccount().id();
        return items.findById(id.value())
                .filter(entity -> entity.isOwnedBy(owner))
                .orElseThrow(() -> new NoSuchItemException(id));
    }

    private StoredItem toStored(ItemEntity entity) {
        return new StoredItem(read(entity), entity.version());
    }

    private Item read(ItemEntity entity) {
        try {
            JsonNode body = parser.readTree(entity.body());
            return json.read(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored item " + entity.id() + " is not valid JSON", e);
        }
    }

    private static ItemColumns columns(Item item) {
        UUID document = item.citations().isEmpty() ? null : item.citations().get(0).documentId().value();
        return new ItemColumns(document, ContentJson.wireName(item.kind()), ContentJson.wireName(item.status()),
                ContentJson.wireName(item.info().origin()), item.info().qualityScore(), Set.copyOf(item.info().tags()),
                ItemSearchText.of(item.prompt(), item.canonicalAnswer()));
    }
}
