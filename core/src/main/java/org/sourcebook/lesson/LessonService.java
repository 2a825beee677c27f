package org.sourcebook.lesson;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcebook.account.Account;
import org.sourcebook.account.AccountService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.NoSuchItemException;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.item.ItemsRejected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in teacher's lessons. New lessons are drafts; edits name the version they started
 * from, so two teachers editing one lesson get a conflict instead of a silent overwrite. Every
 * save is kept as a revision ({@link #history}, {@link #restore}). Students see the revision that
 * was published last: edits to a published lesson stay in the teacher's working copy
 * ({@link StoredLesson#unpublishedChanges()}) until the teacher publishes them again.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.TEACHER)
public class LessonService {

    private final LessonRepository lessons;
    private final LessonRevisionRepository revisions;
    private final ItemService items;
    private final AccountService accounts;
    private final Clock clock;
    private final LessonJson json = new LessonJson();

    LessonService(LessonRepository lessons, LessonRevisionRepository revisions, ItemService items,
            AccountService accounts, Clock clock) {
        this.lessons = lessons;
        this.revisions = revisions;
        this.items = items;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Stores a new lesson, as a draft owned by the signed-in teacher.
     *
     * @throws IllegalArgumentException if a lesson with its id already exists
     */
    @Transactional
    public StoredLesson add(Lesson lesson) {
        if (lessons.existsById(lesson.id().value())) {
            throw new IllegalArgumentException("Lesson " + lesson.id() + " is already on this server");
        }
        Account me = accounts.currentAccount();
        var entity = new LessonEntity(lesson.id().value(), me.id(), clock.instant());
        return save(entity, lesson, statusName(LessonStatus.DRAFT), me);
    }

    /**
     * Saves an edited lesson, keeping its status; the save becomes a new revision.
     *
     * @throws ConcurrentEditException if someone saved it since {@code expectedVersion}
     * @throws NoSuchLessonException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredLesson update(Lesson lesson, long expectedVersion) {
        LessonEntity entity = findCurrent(lesson.id(), expectedVersion);
        return save(entity, lesson, entity.status(), accounts.currentAccount());
    }

    /**
     * Stores a copy of {@code lesson} as a new draft: a new lesson id and new block ids, the same
     * content. Used to duplicate a lesson and to keep one's edits after a conflict.
     */
    @Transactional
    public StoredLesson saveAsCopy(Lesson lesson) {
        List<Block> blocks = lesson.blocks().stream().map(Blocks::withNewId).toList();
        return add(new Lesson(LessonId.random(), lesson.title(), lesson.summary(), lesson.objectives(), blocks));
    }

    /** @throws NoSuchLessonException if it does not exist or belongs to someone else */
    public StoredLesson findElseThrow(LessonId id) {
        return toStored(findOwned(id));
    }

    /** The signed-in teacher's lessons, most recently changed first. */
    public List<StoredLesson> myLessons() {
        return lessons.findByOwnerIdOrderByUpdatedAtDesc(accounts.currentAccount().id()).stream()
                .map(this::toStored)
                .toList();
    }

    /**
     * How many of the items each of the signed-in teacher's lessons uses wait for review after a
     * re-import; lessons with none are left out.
     */
    public Map<LessonId, Integer> itemsInReview() {
        List<Lesson> mine = myLessons().stream().map(StoredLesson::lesson).toList();
        Set<ItemId> flagged = items.inReview(mine.stream().flatMap(lesson -> lesson.itemIds().stream()).toList()).stream()
                .map(stored -> stored.item().id())
                .collect(Collectors.toSet());
        Map<LessonId, Integer> counts = new LinkedHashMap<>();
        for (Lesson lesson : mine) {
            int count = (int) lesson.itemIds().stream().filter(flagged::contains).count();
            if (count > 0) {
                counts.put(lesson.id(), count);
            }
        }
        return counts;
    }

    /**
     * What keeps the stored lesson from being published, as codes (see {@link PublishRefusedException}):
     * its own problems, then those of the items it uses; empty when it can be published.
     *
     * @throws NoSuchLessonException if it does not exist or belongs to someone else
     */
    public List<Problem> publishProblems(LessonId id) {
        return blockersOf(toStored(findOwned(id)).lesson()).stream().map(PublishBlocker::problem).distinct().toList();
    }

    /**
     * Everything that would keep {@code lesson} (saved or as being edited) from being published, each
     * with its block and item: the lesson's own problems, then block by block the block's problems
     * and those of each item it uses (missing, not accepted, of the wrong kind). Empty when it can be
     * published.
     */
    public List<PublishBlocker> blockersOf(Lesson lesson) {
        List<PublishBlocker> blockers = new ArrayList<>();
        new Lesson(lesson.id(), lesson.title(), lesson.summary(), lesson.objectives(), List.of()).problems()
                .forEach(problem -> blockers.add(new PublishBlocker(problem, null, null)));
        for (Block block : lesson.blocks()) {
            block.problems().forEach(problem -> blockers.add(new PublishBlocker(problem, block.id(), null)));
            if (block instanceof FactCardDeck deck) {
                deck.cards().forEach(card -> checkItem(card, block, true, blockers));
            } else if (block instanceof Quiz quiz) {
                quiz.questions().forEach(question -> checkItem(question, block, false, blockers));
            }
        }
        return List.copyOf(blockers);
    }

    /**
     * Releases the lesson to students as it is now: the first publication, or the edits made since
     * the last one (students then see them; attempts already running keep their questions).
     *
     * @throws PublishRefusedException with every blocker, if {@link #blockersOf} is not empty
     * @throws ConcurrentEditException if someone saved it since {@code expectedVersion}
     * @throws NoSuchLessonException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredLesson publish(LessonId id, long expectedVersion) {
        LessonEntity entity = findCurrent(id, expectedVersion);
        List<PublishBlocker> blockers = blockersOf(read(entity));
        if (!blockers.isEmpty()) {
            throw new PublishRefusedException(blockers);
        }
        entity.publish(statusName(LessonStatus.PUBLISHED), clock.instant());
        return toStored(lessons.saveAndFlush(entity));
    }

    /**
     * Takes the lesson back to draft: students no longer see it.
     *
     * @throws ConcurrentEditException if someone saved it since {@code expectedVersion}
     * @throws NoSuchLessonException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredLesson unpublish(LessonId id, long expectedVersion) {
        LessonEntity entity = findCurrent(id, expectedVersion);
        entity.unpublish(statusName(LessonStatus.DRAFT), clock.instant());
        return toStored(lessons.saveAndFlush(entity));
    }

    /**
     * Throws the edits made since the last publication away: the working copy becomes what students
     * see again (as a new revision, so the edits stay in the history).
     *
     * @throws IllegalStateException if the lesson is not published (nothing is changed)
     * @throws ConcurrentEditException if someone saved it since {@code expectedVersion}
     * @throws NoSuchLessonException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredLesson discardUnpublishedChanges(LessonId id, long expectedVersion) {
        LessonEntity entity = findCurrent(id, expectedVersion);
        String published = entity.publishedBodyIfAny();
        if (published == null) {
            throw new IllegalStateException("Lesson " + id + " is not published");
        }
        return save(entity, json.readStored(published), entity.status(), accounts.currentAccount());
    }

    /**
     * Takes items the teacher rejected out of every lesson of theirs that uses them (a new revision
     * each), so that a lesson drafted from a document is not kept from publication by drafts the
     * teacher turned down. Published lessons change in the working copy only: students see the
     * change once it is published.
     */
    @EventListener
    @Transactional
    void onItemsRejected(ItemsRejected rejected) {
        Account owner = accounts.currentAccount();
        if (owner.id() != rejected.ownerId()) {
            return;
        }
        for (LessonEntity entity : lessons.findByOwnerIdOrderByUpdatedAtDesc(owner.id())) {
            Lesson lesson = read(entity);
            Lesson without = Blocks.withoutItems(lesson, rejected.items());
            if (!without.equals(lesson)) {
                save(entity, without, entity.status(), owner);
            }
        }
    }

    /** Where each of {@code ids} stands in the signed-in teacher's lessons (decks and quizzes), before it is taken out. */
    public List<ItemPlace> placesOf(Collection<ItemId> ids) {
        List<ItemPlace> places = new ArrayList<>();
        for (StoredLesson stored : myLessons()) {
            for (Block block : stored.lesson().blocks()) {
                List<ItemId> held = Blocks.items(block);
                for (int position = 0; position < held.size(); position++) {
                    if (ids.contains(held.get(position))) {
                        places.add(new ItemPlace(stored.lesson().id(), block.id(), position, held.get(position)));
                    }
                }
            }
        }
        return places;
    }

    /**
     * Puts items back where {@link #placesOf} found them (undoing a rejection), one new revision per
     * lesson; a place whose lesson or block is gone, or whose block holds the item again, is skipped.
     */
    @Transactional
    public void putBack(List<ItemPlace> places) {
        Account me = accounts.currentAccount();
        Map<LessonId, List<ItemPlace>> byLesson = new LinkedHashMap<>();
        places.forEach(place -> byLesson.computeIfAbsent(place.lesson(), any -> new ArrayList<>()).add(place));
        byLesson.forEach((id, lessonPlaces) -> lessons.findById(id.value()).filter(entity -> entity.isOwnedBy(me.id()))
                .ifPresent(entity -> {
                    Lesson lesson = read(entity);
                    Lesson restored = Blocks.withItemsAt(lesson, lessonPlaces);
                    if (!restored.equals(lesson)) {
                        save(entity, restored, entity.status(), me);
                    }
                }));
    }

    /** The titles of the signed-in teacher's lessons that use any of {@code ids}, most recently changed first. */
    public List<String> titlesUsing(Collection<ItemId> ids) {
        return myLessons().stream()
                .filter(stored -> stored.lesson().itemIds().stream().anyMatch(ids::contains))
                .map(stored -> stored.lesson().title())
                .toList();
    }

    /**
     * Every save of the lesson, newest first.
     *
     * @throws NoSuchLessonException if it does not exist or belongs to someone else
     */
    public List<LessonRevision> history(LessonId id) {
        findOwned(id);
        return revisions.findByLessonIdOrderByRevisionNumberDesc(id.value()).stream()
                .map(LessonRevisionEntity::toRevision)
                .toList();
    }

    /**
     * Saves revision {@code number} again as the newest revision; the revisions after it stay in
     * the history.
     *
     * @throws ConcurrentEditException if someone saved it since {@code expectedVersion}
     * @throws NoSuchLessonException if the lesson or the revision does not exist, or the lesson
     *     belongs to someone else
     */
    @Transactional
    public StoredLesson restore(LessonId id, int number, long expectedVersion) {
        LessonEntity entity = findCurrent(id, expectedVersion);
        LessonRevisionEntity revision = revisions.findByLessonIdAndRevisionNumber(id.value(), number)
                .orElseThrow(() -> new NoSuchLessonException(id));
        return save(entity, json.readStored(revision.body()), entity.status(), accounts.currentAccount());
    }

    private StoredLesson save(LessonEntity entity, Lesson lesson, String status, Account by) {
        String body = json.write(lesson).toString();
        entity.store(lesson.title(), status, body, clock.instant());
        LessonEntity saved = lessons.saveAndFlush(entity);
        int next = revisions.findFirstByLessonIdOrderByRevisionNumberDesc(saved.id())
                .map(LessonRevisionEntity::revisionNumber)
                .orElse(0) + 1;
        revisions.saveAndFlush(new LessonRevisionEntity(saved.id(), next, clock.instant(), by.id(), by.displayName(),
                lesson.title(), body));
        return toStored(saved);
    }

    private void checkItem(ItemId id, Block block, boolean card, List<PublishBlocker> blockers) {
        Item item;
        try {
            item = items.findElseThrow(id).item();
        } catch (NoSuchItemException missing) {
            blockers.add(blocker("lesson-item-missing", "an item is not one of your items", block, id));
            return;
        }
        if (item.status() != ItemStatus.ACCEPTED) {
            blockers.add(blocker("lesson-item-not-accepted", "every item must be accepted", block, id));
        }
        if (card && item.kind() != ItemKind.FACT_CARD) {
            blockers.add(blocker("lesson-deck-item-not-card", "a deck holds only fact cards", block, id));
        }
        if (!card && item.kind() == ItemKind.FACT_CARD) {
            blockers.add(blocker("lesson-quiz-item-not-question", "a quiz holds only questions", block, id));
        }
    }

    private static PublishBlocker blocker(String code, String message, Block block, ItemId item) {
        return new PublishBlocker(new Problem(code, message), block.id(), item);
    }

    private LessonEntity findCurrent(LessonId id, long expectedVersion) {
        LessonEntity entity = findOwned(id);
        if (entity.version() != expectedVersion) {
            throw new ConcurrentEditException("Lesson", id, expectedVersion, entity.version());
        }
        return entity;
    }

    private LessonEntity findOwned(LessonId id) {
        long owner = accounts.currentAccount().id();
        return lessons.findById(id.value())
                .filter(entity -> entity.isOwnedBy(owner))
                .orElseThrow(() -> new NoSuchLessonException(id));
    }

    private static String statusName(LessonStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private StoredLesson toStored(LessonEntity entity) {
        Lesson lesson = read(entity);
        String published = entity.publishedBodyIfAny();
        LessonStatus status = LessonStatus.valueOf(entity.status().toUpperCase(Locale.ROOT));
        boolean unpublishedChanges = status == LessonStatus.PUBLISHED && published != null
                && !json.readStored(published).equals(lesson);
        return new StoredLesson(lesson, entity.version(), status, entity.updatedAt(), entity.publishedAt(),
                unpublishedChanges);
    }

    private Lesson read(LessonEntity entity) {
        return json.readStored(entity.body());
    }
}
