package org.sourcebook.lesson;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.sourcebook.account.AccountService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.content.lesson.TimelineEntry;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.item.ItemService;
import org.sourcebook.lesson.AssignedLessons.Window;
import org.sourcebook.lesson.PublishedLesson.VersionKey;
import org.sourcebook.source.DocumentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons as students reach them: a published lesson assigned to a class the student is in, from
 * the assignment's opening time; drafts and unassigned lessons never are. This is the only way
 * students read a teacher's items and documents, and only those such a lesson uses.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.STUDENT)
public class PublishedLessonService {

    private static final String PUBLISHED = "published";

    private final LessonRepository lessons;
    private final ItemService items;
    private final DocumentService documents;
    private final AccountService accounts;
    private final AssignedLessons assigned;
    private final Clock clock;
    private final LessonJson json = new LessonJson();

    PublishedLessonService(LessonRepository lessons, ItemService items, DocumentService documents, AccountService accounts,
            AssignedLessons assigned, Clock clock) {
        this.lessons = lessons;
        this.items = items;
        this.documents = documents;
        this.accounts = accounts;
        this.assigned = assigned;
        this.clock = clock;
    }

    /** The lessons open to the signed-in student, most recently published or changed first. */
    public List<PublishedLessonSummary> openLessons() {
        Map<UUID, Window> open = openToMe();
        List<LessonEntity> published = openEntities(open);
        Map<Long, String> teachers = accounts.displayNames(published.stream().map(LessonEntity::ownerId).toList());
        return published.stream().map(entity -> {
            Lesson lesson = read(entity);
            return new PublishedLessonSummary(lesson.id(), lesson.title(), lesson.summary(),
                    teachers.getOrDefault(entity.ownerId(), ""), publishedAt(entity), open.get(entity.id()).due());
        }).toList();
    }

    /**
     * A published lesson with what its blocks refer to.
     *
     * @throws NoSuchLessonException if it does not exist, is not published or is not open to the student
     */
    public PublishedLesson open(LessonId id) {
        Window window = openToMe().get(id.value());
        LessonEntity entity = lessons.findById(id.value())
                .filter(found -> PUBLISHED.equals(found.status()) && window != null)
                .orElseThrow(() -> new NoSuchLessonException(id));
        Lesson lesson = read(entity);
        Map<ItemId, Item> used = items.publishedItemsOf(entity.ownerId(), lesson.itemIds());
        Map<VersionKey, DocumentVersion> versions = new HashMap<>();
        for (Span span : citedSpans(lesson, used.values())) {
            VersionKey key = new VersionKey(span.documentId(), span.version());
            if (!versions.containsKey(key)) {
                documents.versionOwnedBy(entity.ownerId(), span.documentId(), span.version())
                        .ifPresent(version -> versions.put(key, version));
            }
        }
        String teacher = accounts.displayNames(List.of(entity.ownerId())).getOrDefault(entity.ownerId(), "");
        return new PublishedLesson(lesson, teacher, publishedAt(entity), used, versions, window.due());
    }

    /**
     * The fact cards of every deck in every lesson open to the student, each card once (in the
     * newest lesson that uses it), for the review queue. Lighter than opening each lesson: no
     * questions, no documents.
     */
    public List<DeckCard> openDeckCards() {
        List<DeckCard> cards = new ArrayList<>();
        Set<ItemId> seen = new HashSet<>();
        for (LessonEntity entity : openEntities(openToMe())) {
            Lesson lesson = read(entity);
            List<ItemId> deckCards = lesson.blocks().stream()
                    .filter(FactCardDeck.class::isInstance)
                    .flatMap(block -> ((FactCardDeck) block).cards().stream())
                    .filter(seen::add)
                    .toList();
            Map<ItemId, Item> found = items.publishedItemsOf(entity.ownerId(), deckCards);
            deckCards.stream().map(found::get).filter(FactCard.class::isInstance)
                    .forEach(card -> cards.add(new DeckCard(lesson.id(), lesson.title(), (FactCard) card)));
        }
        return cards;
    }

    private Map<UUID, Window> openToMe() {
        return assigned.openTo(accounts.currentAccountId(), clock.instant());
    }

    /** The published lessons among {@code open}, most recently published first. */
    private List<LessonEntity> openEntities(Map<UUID, Window> open) {
        return lessons.findAllById(open.keySet()).stream()
                .filter(entity -> PUBLISHED.equals(entity.status()))
                .sorted(Comparator.comparing(PublishedLessonService::publishedAt).reversed())
                .toList();
    }

    private static Set<Span> citedSpans(Lesson lesson, Collection<Item> used) {
        Set<Span> spans = new LinkedHashSet<>();
        lesson.blocks().forEach(block -> {
            if (block instanceof ReadingExcerpt excerpt) {
                spans.addAll(excerpt.passages());
            } else if (block instanceof Timeline timeline) {
                timeline.entries().stream().map(TimelineEntry::citation).filter(Objects::nonNull).forEach(spans::add);
            }
        });
        used.stream().flatMap(item -> item.info().citations().stream()).forEach(spans::add);
        return spans;
    }

    /** The revision students see: the one published last, never the teacher's unpublished edits. */
    private Lesson read(LessonEntity entity) {
        return json.readStored(entity.publishedBody());
    }

    private static Instant publishedAt(LessonEntity entity) {
        return entity.publishedAt() == null ? entity.updatedAt() : entity.publishedAt();
    }
}
