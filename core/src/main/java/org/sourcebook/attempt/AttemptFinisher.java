package org.sourcebook.attempt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebook.attempt.AttemptStore.AnswerRow;
import org.sourcebook.attempt.AttemptStore.AttemptRow;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.quiz.AnswerSheet;
import org.sourcebook.content.quiz.AnswerSheet.SavedAnswer;
import org.sourcebook.content.quiz.AttemptGrading;
import org.sourcebook.item.ItemJson;
import org.sourcebook.persistence.ContentJson;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns stored rows into attempts and ends attempts: on submit, and on its own when an attempt's
 * time runs out, whether or not anyone is looking (a closed tab cannot stretch a time limit).
 * Not a service entry point: it acts for the system, and the student-facing checks happen in
 * {@link QuizAttemptService} before it is called.
 */
@Component
class AttemptFinisher {

    private static final int OVERDUE_BATCH = 200;

    private final AttemptStore store;
    private final Clock clock;
    private final ObjectMapper mapper = ContentJson.mapper();
    private final ItemJson items = new ItemJson();

    AttemptFinisher(AttemptStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Submits every attempt whose deadline has passed, with the answers saved by then; one without
     * questions (which holds nothing to grade) is set aside instead of counting as a zero.
     */
    @Scheduled(fixedDelayString = "${sourcebook.attempts.overdue-check-interval:PT10S}")
    @Transactional
    public void finishOverdue() {
        for (AttemptId id : store.overdue(clock.instant(), OVERDUE_BATCH)) {
            store.lock(id).ifPresent(row -> {
                if (row.questionIds().isEmpty()) {
                    store.discardEmpty(id);
                } else {
                    finishIfOverdue(row);
                }
            });
        }
    }

    /** Ends {@code row}'s attempt at its deadline if that has passed; true if the attempt is (now) over. */
    public boolean finishIfOverdue(AttemptRow row) {
        if (row.submittedAt() != null) {
            return true;
        }
        if (row.deadline() == null || clock.instant().isBefore(row.deadline())) {
            return false;
        }
        finish(row, row.deadline(), FinishedBy.TIME_LIMIT);
        return true;
    }

    /** Grades the attempt's saved answers and ends it at {@code at}. */
    public void finish(AttemptRow row, Instant at, FinishedBy by) {
        QuizAttempt attempt = toAttempt(row);
        double marks = AttemptGrading.of(attempt.questions(), attempt.answers()).marks();
        store.finish(row.id(), at, by, marks);
    }

    public QuizAttempt toAttempt(AttemptRow row) {
        return toAttempt(row, store.answers(row.id()));
    }

    /** The attempt of {@code row} with {@code rows}, its answers as stored. */
    QuizAttempt toAttempt(AttemptRow row, List<AnswerRow> rows) {
        Map<ItemId, SavedAnswer> answers = new HashMap<>();
        Set<ItemId> locked = new HashSet<>();
        for (AnswerRow answer : rows) {
            answers.put(answer.item(), new SavedAnswer(ResponseJson.read(answer.response()), answer.sequence(), answer.savedAt()));
            if (answer.locked()) {
                locked.add(answer.item());
            }
        }
        return new QuizAttempt(row.id(), row.lesson(), row.quiz(), row.number(), questions(row.questions()),
                settings(row.settings()), row.shuffleSeed(), row.startedAt(), row.deadline(),
                new AnswerSheet(answers, row.lastSequence()), locked, row.submittedAt(), row.finishedBy(), row.marks());
    }

    String writeQuestions(List<Question> questions) {
        return mapper.createArrayNode().addAll(questions.stream().map(items::write).toList()).toString();
    }

    String writeSettings(QuizSettings settings) {
        try {
            return mapper.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Quiz settings could not be written", e);
        }
    }

    private List<Question> questions(String json) {
        try {
            JsonNode array = mapper.readTree(json);
            List<Question> questions = new ArrayList<>();
            array.forEach(node -> questions.add((Question) items.read(node)));
            return questions;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored attempt questions are not valid JSON", e);
        }
    }

    private QuizSettings settings(String json) {
        try {
            return mapper.readValue(json, QuizSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored attempt settings are not valid JSON", e);
        }
    }
}
