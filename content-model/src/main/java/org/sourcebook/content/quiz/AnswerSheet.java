package org.sourcebook.content.quiz;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.sourcebook.content.grading.Response;
import org.sourcebook.content.item.ItemId;

/**
 * The answers of one attempt, each as the student last gave it. Every save carries the attempt's
 * next sequence number from the student's page; a save whose number is not higher than the last
 * one applied is a repeat (a retried request) or arrived late, and changes nothing. So answers are
 * kept in the order they were given, however the network delivers them.
 *
 * @param lastSequence the sequence number of the last save applied; 0 before any
 */
public record AnswerSheet(Map<ItemId, SavedAnswer> answers, long lastSequence) {

    /** One answer as given. */
    public record SavedAnswer(Response response, long sequence, Instant savedAt) {}

    /** What a save did. */
    public enum Outcome { APPLIED, ALREADY_APPLIED }

    /** The sheet after a save, and what the save did. */
    public record Saved(AnswerSheet sheet, Outcome outcome) {}

    public static final AnswerSheet EMPTY = new AnswerSheet(Map.of(), 0);

    public AnswerSheet {
        answers = Map.copyOf(answers);
        if (lastSequence < 0) {
            throw new IllegalArgumentException("Sequence numbers start at 1");
        }
    }

    /** Records {@code response} to {@code item} as save number {@code sequence}, unless that number was already used. */
    public Saved save(ItemId item, Response response, long sequence, Instant at) {
        Objects.requireNonNull(item, "an answer belongs to an item");
        Objects.requireNonNull(response, "an answer needs a response");
        if (sequence <= lastSequence) {
            return new Saved(this, Outcome.ALREADY_APPLIED);
        }
        Map<ItemId, SavedAnswer> next = new HashMap<>(answers);
        next.put(item, new SavedAnswer(response, sequence, at));
        return new Saved(new AnswerSheet(next, sequence), Outcome.APPLIED);
    }
}
