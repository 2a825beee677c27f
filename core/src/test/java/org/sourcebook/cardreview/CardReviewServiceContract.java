package org.sourcebook.cardreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.review.CardPhase;
import org.sourcebook.content.review.Rating;
import org.sourcebook.lesson.PublishedLessonService;
import org.sourcebook.testsupport.MutableClock;
import org.sourcebook.testsupport.PublishedLessons;
import org.sourcebook.testsupport.PublishedLessons.Published;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Fact-card reviews as they must behave on every supported database. */
@SpringBootTest
abstract class CardReviewServiceContract {

    @Autowired
    CardReviewService reviews;

    @Autowired
    PublishedLessonService published;

    @Autowired
    PublishedLessons lessons;

    @Autowired
    TestTeachers people;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private Published twoCards() {
        return lessons.publish(List.of(SampleItems.factCard(), SampleItems.factCard()), List.of(), QuizSettings.DEFAULTS);
    }

    private static List<ItemId> ids(ReviewQueue queue) {
        return queue.cards().stream().map(card -> card.card().id()).toList();
    }

    @Test
    void aNewStudentMeetsTheCardsOfOpenLessonsAsNewCards() {
        Published lesson = twoCards();
        SignedIn student = lesson.enrol(people.newStudent());

        ReviewQueue queue = student.get(reviews::queue);

        assertThat(ids(queue)).containsAll(lesson.cards().stream().map(Item::id).toList());
        assertThat(queue.cards()).filteredOn(card -> card.lesson().equals(lesson.id()))
                .allSatisfy(card -> {
                    assertThat(card.memory().isNew()).isTrue();
                    assertThat(card.lessonTitle()).isEqualTo(lesson.lesson().title());
                    assertThat(card.card()).isInstanceOf(FactCard.class);
                });
    }

    @Test
    void aRatedCardLeavesTheQueueUntilItIsDueAgainAndEveryReviewIsLogged() {
        Published lesson = twoCards();
        SignedIn student = lesson.enrol(people.newStudent());
        ItemId card = lesson.cards().get(0).id();

        Rated good = student.get(() -> reviews.rate(card, Rating.GOOD, 0));

        assertThat(good.applied()).isTrue();
        assertThat(good.memory().reviews()).isEqualTo(1);
        assertThat(good.memory().due()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(ids(student.get(reviews::queue))).doesNotContain(card).contains(lesson.cards().get(1).id());

        clock.advance(Duration.ofMinutes(11));
        assertThat(ids(student.get(reviews::queue))).contains(card);
        Rated graduated = student.get(() -> reviews.rate(card, Rating.GOOD, 1));

        assertThat(graduated.memory().phase()).isEqualTo(CardPhase.REVIEW);
        assertThat(jdbc.queryForList("select rating from card_review_log where item_id = ? order by review_number",
                String.class, card.value())).containsExactly("GOOD", "GOOD");
    }

    @Test
    void aSecondRatingOfTheSameReviewChangesNothing() {
        Published lesson = twoCards();
        SignedIn student = lesson.enrol(people.newStudent());
        ItemId card = lesson.cards().get(0).id();
        Rated first = student.get(() -> reviews.rate(card, Rating.AGAIN, 0));

        Rated doubleClick = student.get(() -> reviews.rate(card, Rating.EASY, 0));

        assertThat(doubleClick.applied()).isFalse();
        assertThat(doubleClick.memory()).isEqualTo(first.memory());
    }

    @Test
    void theRatingButtonsShowTheNextIntervals() {
        Published lesson = twoCards();
        SignedIn student = lesson.enrol(people.newStudent());
        ReviewCard card = student.get(reviews::queue).cards().stream()
                .filter(queued -> queued.lesson().equals(lesson.id())).findFirst().orElseThrow();

        Map<Rating, Duration> intervals = student.get(() -> reviews.intervals(card.memory()));

        assertThat(intervals.get(Rating.AGAIN)).isEqualTo(Duration.ofMinutes(1));
        assertThat(intervals.get(Rating.GOOD)).isEqualTo(Duration.ofMinutes(10));
        assertThat(intervals.get(Rating.EASY)).isGreaterThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void progressCountsStudiedAndLearnedCardsAndEstimatesRetention() {
        Published lesson = twoCards();
        SignedIn student = lesson.enrol(people.newStudent());
        ItemId card = lesson.cards().get(0).id();
        student.run(() -> reviews.rate(card, Rating.EASY, 0));

        DeckProgress progress = student.get(() -> reviews.progress(published.open(lesson.id())));

        assertThat(progress.cards()).isEqualTo(2);
        assertThat(progress.studied()).isEqualTo(1);
        assertThat(progress.learned()).isEqualTo(1);
        assertThat(progress.retention().getAsDouble()).isBetween(0.99, 1.0);
    }

    @Test
    void studentsRateOnlyCardsOfOpenLessonsAndTeachersCannotRate() {
        Published lesson = twoCards();
        SignedIn student = lesson.enrol(people.newStudent());

        assertThatThrownBy(() -> student.run(() -> reviews.rate(ItemId.random(), Rating.GOOD, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lesson.teacher().run(() -> reviews.rate(lesson.cards().get(0).id(), Rating.GOOD, 0)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
