package org.sourcebook.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.sourcebook.account.AccountService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.persistence.ConcurrentEditException;
import org.sourcebook.persistence.ContentJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in teacher's lessons. New lessons are drafts; edits name the version they started
 * from, so two teachers editing one lesson get a conflict instead of a silent overwrite.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.TEACHER)
public class LessonService {

    static final String DRAFT = "draft";

    private final LessonRepository lessons;
    private final AccountService accounts;
    private final Clock clock;
    private final LessonJson json = new LessonJson();
    private final ObjectMapper parser = ContentJson.mapper();

    LessonService(LessonRepository lessons, AccountService accounts, Clock clock) {
        this.lessons = lessons;
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
        var entity = new LessonEntity(lesson.id().value(), accounts.currentAccount().id(), clock.instant());
        entity.store(lesson.title(), DRAFT, json.write(lesson).toString(), clock.instant());
        return toStored(lessons.saveAndFlush(entity));
    }

    /**
     * Saves an edited lesson.
     *
     * @throws ConcurrentEditException if someone saved it since {@code expectedVersion}
     * @throws NoSuchLessonException if it does not exist or belongs to someone else
     */
    @Transactional
    public StoredLesson update(Lesson lesson, long expectedVersion) {
        LessonEntity entity = findOwned(lesson.id());
        if (entity.version() != expectedVersion) {
            throw new ConcurrentEditException("Lesson", lesson.id(), expectedVersion, entity.version());
        }
        entity.store(lesson.title(), entity.status(), json.write(lesson).toString(), clock.instant());
        return toStored(lessons.saveAndFlush(entity));
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

    private LessonEntity findOwned(LessonId id) {
        long owner = accounts.currentAccount().id();
        return lessons.findById(id.value())
                .filter(entity -> entity.isOwnedBy(owner))
                .orElseThrow(() -> new NoSuchLessonException(id));
    }

    private StoredLesson toStored(LessonEntity entity) {
        try {
            return new StoredLesson(json.read(parser.readTree(entity.body())), entity.version());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored lesson " + entity.id() + " is not valid JSON", e);
        }
    }
}
