package org.sourcebook.lesson;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in teacher's lessons. New lessons are drafts; edits name the version they started
 * from, so two teachers editing one lesson get a conflict instead of a silent overwrite. Every
 * save is kept as a revision ({@link #history}, {@link #restore}).
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
        return problemsOf(toStored(findOwned(id)).lesson());
    }

    /**
     * Releases the lesson to students.
     *
     * @throws PublishRefusedException with the reasons, if {@link #publishProblems} is not empty
     * @throws ConcurrentEditException if someone saved it since {@code expectedVersion}
     * @throws NoSuchLessonException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredLesson publish(LessonId id, long expectedVersion) {
        LessonEntity entity = findCurrent(id, expectedVersion);
        List<Problem> problems = problemsOf(read(entity));
        if (!problems.isEmpty()) {
            throw new PublishRefusedException(problems);
        }
        entity.changeStatus(statusName(LessonStatus.PUBLISHED), clock.instant());
        return toStored(lessons.saveAndFlush(entity));
    }

    /**
     * Takes the lesson back to draft.
     *
     * @throws ConcurrentEditException if someone saved it since {@code expectedVersion}
     * @throws NoSuchLessonException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredLesson unpublish(LessonId id, long expectedVersion) {
        LessonEntity entity = findCurrent(id, expectedVersion);
        entity.changeStatus(statusName(LessonStatus.DRAFT), clock.instant());
        return toStored(lessons.saveAndFlush(entity));
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

    private List<Problem> problemsOf(Lesson lesson) {
        List<Problem> problems = new ArrayList<>(lesson.problems());
        for (Block block : lesson.blocks()) {
            if (block instanceof FactCardDeck deck) {
                deck.cards().forEach(card -> checkItem(card, true, problems));
            } else if (block instanceof Quiz quiz) {
                quiz.questions().forEach(question -> checkItem(question, false, problems));
            }
        }
        return problems.stream().distinct().toList();
    }

    private void checkItem(ItemId id, boolean card, List<Problem> problems) {
        Item item;
        try {
            item = items.findElseThrow(id).item();
        } catch (NoSuchItemException missing) {
            problems.add(new Problem("lesson-item-missing", "an item is not one of your items"));
            return;
        }
        if (item.status() != ItemStatus.ACCEPTED) {
            problems.add(new Problem("lesson-item-not-accepted", "every item must be accepted"));
        }
        if (card && item.kind() != ItemKind.FACT_CARD) {
            problems.add(new Problem("lesson-deck-item-not-card", "a deck holds only fact cards"));
        }
        if (!card && item.kind() == ItemKind.FACT_CARD) {
            problems.add(new Problem("lesson-quiz-item-not-question", "a quiz holds only questions"));
        }
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
        return new StoredLesson(read(entity), entity.version(),
                LessonStatus.valueOf(entity.status().toUpperCase(Locale.ROOT)), entity.updatedAt());
    }

    private Lesson read(LessonEntity entity) {
        return json.readStored(entity.body());
    }
}
