package org.sourcebook.cardreview;

import static org.sourcebook.persistence.SqlTimes.instant;
import static org.sourcebook.persistence.SqlTimes.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.review.CardMemory;
import org.sourcebook.content.review.CardPhase;
import org.sourcebook.content.review.ReviewLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each student's memory of each card, and the log of every review, in plain SQL. */
@Repository
class CardStore {

    private static final String MEMORY_COLUMNS =
            "item_id, phase, step, stability, difficulty, due, last_review, reviews, lapses";

    private final JdbcTemplate jdbc;

    CardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every card the student has reviewed at least once. */
    Map<ItemId, CardMemory> memories(long studentId) {
        Map<ItemId, CardMemory> memories = new HashMap<>();
        jdbc.query("select " + MEMORY_COLUMNS + " from card_memory where student_id = ?", rs -> {
            memories.put(new ItemId(rs.getObject("item_id", UUID.class)), memory(rs));
        }, studentId);
        return memories;
    }

    /** The memory of one card, its row locked until the transaction ends. */
    Optional<CardMemory> lock(long studentId, ItemId card) {
        return jdbc.query("select " + MEMORY_COLUMNS + " from card_memory where student_id = ? and item_id = ? for update",
                (rs, i) -> memory(rs), studentId, card.value()).stream().findFirst();
    }

    /** How many cards the student saw for the first time since {@code since}. */
    int introducedSince(long studentId, Instant since) {
        Integer count = jdbc.queryForObject("select count(*) from card_review_log"
                + " where student_id = ? and review_number = 1 and reviewed_at >= ?", Integer.class, studentId, time(since));
        return count == null ? 0 : count;
    }

    /** Stores the memory after {@code log} and the log itself. */
    void record(long studentId, ItemId card, ReviewLog log) {
        CardMemory after = log.after();
        Object[] values = {after.phase().name(), after.step(), after.stability(), after.difficulty(), time(after.due()),
                time(after.lastReview()), after.reviews(), after.lapses(), studentId, card.value()};
        int updated = jdbc.update("update card_memory set phase = ?, step = ?, stability = ?, difficulty = ?, due = ?,"
                + " last_review = ?, reviews = ?, lapses = ? where student_id = ? and item_id = ?", values);
        if (updated == 0) {
            jdbc.update("insert into card_memory (phase, step, stability, difficulty, due, last_review, reviews, lapses,"
                    + " student_id, item_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
        CardMemory before = log.before();
        jdbc.update("insert into card_review_log (student_id, item_id, review_number, rating, reviewed_at, phase_before,"
                + " stability_before, difficulty_before, retrievability, phase_after, stability_after, difficulty_after,"
                + " due_after) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", studentId, card.value(), after.reviews(),
                log.rating().name(), time(log.reviewedAt()), before.phase().name(), before.stability(), before.difficulty(),
                log.retrievability(), after.phase().name(), after.stability(), after.difficulty(), time(after.due()));
    }

    private static CardMemory memory(ResultSet rs) throws SQLException {
        return new CardMemory(CardPhase.valueOf(rs.getString("phase")), rs.getInt("step"), rs.getDouble("stability"),
                rs.getDouble("difficulty"), instant(rs, "due"), instant(rs, "last_review"), rs.getInt("reviews"),
                rs.getInt("lapses"));
    }
}
