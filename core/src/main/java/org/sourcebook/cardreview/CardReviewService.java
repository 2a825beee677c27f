package org.sourcebook.cardreview;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sourcebook.account.AccountService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.review.CardMemory;
import org.sourcebook.content.review.CardPhase;
import org.sourcebook.content.review.FsrsParameters;
import org.sourcebook.content.review.FsrsScheduler;
import org.sourcebook.content.review.Rating;
import org.sourcebook.content.review.ReviewLog;
import org.sourcebook.lesson.DeckCard;
import org.sourcebook.lesson.PublishedLesson;
import org.sourcebook.lesson.PublishedLessonService;

import org.sourcebook.persistence.AccountLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in student's fact-card reviews on the FSRS-6 schedule: one daily queue across the
 * decks of every lesson open to them, ratings Again / Hard / Good / Easy, and every review logged.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.STUDENT)
@EnableConfigurationProperties(ReviewSettings.class)
public class CardReviewService {

    private final CardStore store;
    private final PublishedLessonService lessons;
    private final AccountService accounts;
    private final AccountLock accountLock;
    private final Clock clock;
    private final FsrsScheduler scheduler;
    private final int newCardsPerDay;

    CardReviewService(CardStore store, PublishedLessonService lessons, AccountService accounts, AccountLock accountLock,
            Clock clock, ReviewSettings settings) {
        this.store = store;
        this.lessons = lessons;
        this.accounts = accounts;
        this.accountLock = accountLock;
        this.clock = clock;
        this.scheduler = new FsrsScheduler(FsrsParameters.DEFAULTS.withDesiredRetention(settings.desiredRetention()));
        this.newCardsPerDay = settings.newCardsPerDay();
    }

    /** Today's queue: due cards soonest first, then new cards (in lesson order) up to the daily limit. */
    public ReviewQueue queue() {
        long me = accounts.currentAccount().id();
        Instant now = clock.instant();
        Map<ItemId, CardMemory> memories = store.memories(me);
        List<ReviewCard> due = new ArrayList<>();
        List<ReviewCard> fresh = new ArrayList<>();
        int newLeft = Math.max(0, newCardsPerDay - store.introducedSince(me, startOfDay(now)));
        for (ReviewCard card : openCards(now).values()) {
            CardMemory memory = memories.get(card.card().id());
            if (memory != null && memory.isDue(now)) {
                due.add(new ReviewCard(card.card(), card.lesson(), card.lessonTitle(), memory));
            } else if (memory == null && fresh.size() < newLeft) {
                fresh.add(card);
            }
        }
        due.sort(Comparator.comparing(card -> card.memory().due()));
        List<ReviewCard> all = new ArrayList<>(due);
        all.addAll(fresh);
        return new ReviewQueue(all, due.size(), fresh.size());
    }

    /** How many cards the queue holds now: the number for the home page. */
    public int dueToday() {
        return queue().cards().size();
    }

    /**
     * Records the student's rating of a card they can see. {@code expectedReviews} is how many
     * reviews the card had when it was shown; if it has more by now (a second click, another tab),
     * nothing changes.
     *
     * @throws IllegalArgumentException if the card is not in a deck of a lesson open to the student
     */
    @Transactional
    public Rated rate(ItemId card, Rating rating, int expectedReviews) {
        long me = accounts.currentAccount().id();
        Instant now = clock.instant();
        if (!openCards(now).containsKey(card)) {
            throw new IllegalArgumentException("Card " + card + " is not in any lesson open to you");
        }
        accountLock.lock(me);
        CardMemory memory = store.lock(me, card).orElseGet(() -> CardMemory.fresh(now));
        if (memory.reviews() != expectedReviews) {
            return new Rated(memory, false);
        }
        ReviewLog log = scheduler.review(memory, rating, now);
        store.record(me, card, log);
        return new Rated(log.after(), true);
    }

    /**
     * What the scheduler knows of the student's own memory of each of {@code cards}: a fresh memory
     * for a card never reviewed, so a page can show and rate cards outside the daily queue (the
     * lesson player) with the review count {@link #rate} expects.
     */
    public Map<ItemId, CardMemory> memories(Collection<ItemId> cards) {
        Map<ItemId, CardMemory> known = store.memories(accounts.currentAccount().id());
        Instant now = clock.instant();
        Map<ItemId, CardMemory> memories = new LinkedHashMap<>();
        cards.forEach(card -> memories.put(card, known.getOrDefault(card, CardMemory.fresh(now))));
        return memories;
    }

    /**
     * When the next of the student's reviewed cards falls due after now, for "all done" pages;
     * empty when none will (no card studied yet, or all of them are due already).
     */
    public Optional<Instant> nextDue() {
        Instant now = clock.instant();
        Map<ItemId, ReviewCard> open = openCards(now);
        return store.memories(accounts.currentAccount().id()).entrySet().stream()
                .filter(entry -> open.containsKey(entry.getKey()))
                .map(entry -> entry.getValue().due())
                .filter(due -> due.isAfter(now))
                .min(Comparator.naturalOrder());
    }

    /** When the card would next be due after each rating now, for the rating buttons. */
    public Map<Rating, Duration> intervals(CardMemory memory) {
        Instant now = clock.instant();
        Map<Rating, Duration> intervals = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            intervals.put(rating, scheduler.review(memory, rating, now).interval());
        }
        return intervals;
    }

    /** The student's progress with the cards of {@code lesson}. */
    public DeckProgress progress(PublishedLesson lesson) {
        Map<ItemId, CardMemory> memories = store.memories(accounts.currentAccount().id());
        Instant now = clock.instant();
        List<CardMemory> studied = lesson.cards().stream()
                .map(card -> memories.get(card.id()))
                .filter(memory -> memory != null && !memory.isNew())
                .toList();
        int learned = (int) studied.stream().filter(memory -> memory.phase() == CardPhase.REVIEW).count();
        OptionalDouble retention = studied.stream().mapToDouble(memory -> scheduler.retrievability(memory, now)).average();
        return new DeckProgress(lesson.cards().size(), studied.size(), learned, retention);
    }

    private Map<ItemId, ReviewCard> openCards(Instant now) {
        Map<ItemId, ReviewCard> cards = new LinkedHashMap<>();
        for (DeckCard card : lessons.openDeckCards()) {
            cards.put(card.card().id(), new ReviewCard(card.card(), card.lesson(), card.lessonTitle(), CardMemory.fresh(now)));
        }
        return cards;
    }

    private static Instant startOfDay(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
