package org.sourcebook.ui.student.quiz;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcebook.attempt.AnswerSave;
import org.sourcebook.attempt.AnswerSave.Outcome;
import org.sourcebook.attempt.AttemptClosedException;
import org.sourcebook.attempt.AttemptId;
import org.sourcebook.attempt.CheckedAnswer;
import org.sourcebook.attempt.NoSuchAttemptException;
import org.sourcebook.attempt.QuizAttemptService;
import org.sourcebook.content.grading.Response;
import org.sourcebook.content.item.ItemId;

/**
 * Sends one page's answers to the server in order. Each save carries the next sequence number,
 * counted from the attempt's last one when the page loaded. A save that another tab overtook
 * (SUPERSEDED) is sent once more after the newest number, so the student's latest action wins. A
 * save that fails for another reason (database or connection trouble) is kept, with its number,
 * and sent again by {@link #retry()}: a retry of a save that did arrive is then a harmless repeat.
 */
final class AnswerSaver {

    private static final Logger log = LoggerFactory.getLogger(AnswerSaver.class);

    /** A save not yet known to be stored. */
    private record Pending(Response response, long sequence) {}

    private final QuizAttemptService attempts;
    private final AttemptId attempt;
    private final Map<ItemId, Pending> pending = new LinkedHashMap<>();
    private long sequence;
    private boolean savedAny;

    AnswerSaver(QuizAttemptService attempts, AttemptId attempt, long lastSequence) {
        this.attempts = attempts;
        this.attempt = attempt;
        this.sequence = lastSequence;
    }

    /**
     * Saves {@code response} as the answer to {@code question}.
     *
     * @return what the server did; null if the save failed and waits for {@link #retry()}
     * @throws AttemptClosedException if the attempt has ended (submitted, or its time ran out)
     * @throws NoSuchAttemptException if the attempt is not the student's
     */
    @Nullable AnswerSave save(ItemId question, Response response) {
        return send(question, response, ++sequence);
    }

    /**
     * Saves and grades {@code response} at once (immediate feedback).
     *
     * @throws AttemptClosedException if the attempt has ended
     * @throws RuntimeException as the service throws, when the server cannot be reached
     */
    CheckedAnswer check(ItemId question, Response response) {
        CheckedAnswer checked = attempts.check(attempt, question, response, ++sequence);
        if (checked.save().outcome() == Outcome.SUPERSEDED) {
            sequence = checked.save().lastSequence();
            checked = attempts.check(attempt, question, response, ++sequence);
        }
        pending.remove(question);
        sequence = Math.max(sequence, checked.save().lastSequence());
        savedAny = true;
        return checked;
    }

    /** Sends again every save that failed; true when none is left waiting. */
    boolean retry() {
        for (Map.Entry<ItemId, Pending> waiting : Map.copyOf(pending).entrySet()) {
            send(waiting.getKey(), waiting.getValue().response(), waiting.getValue().sequence());
        }
        return pending.isEmpty();
    }

    /** True while a save failed and waits to be sent again. */
    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** True once this page has stored an answer. */
    boolean savedAny() {
        return savedAny;
    }

    private @Nullable AnswerSave send(ItemId question, Response response, long number) {
        try {
            AnswerSave save = attempts.save(attempt, question, response, number);
            if (save.outcome() == Outcome.SUPERSEDED) {
                sequence = save.lastSequence();
                save = attempts.save(attempt, question, response, ++sequence);
            }
            pending.remove(question);
            sequence = Math.max(sequence, save.lastSequence());
            savedAny = true;
            return save;
        } catch (AttemptClosedException | NoSuchAttemptException | IllegalArgumentException notSavable) {
            pending.remove(question);
            throw notSavable;
        } catch (RuntimeException trouble) {
            log.warn("Saving an answer of attempt {} failed; it will be sent again", attempt, trouble);
            pending.put(question, new Pending(response, number));
            return null;
        }
    }
}
