package org.sourcebook.classes;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.sourcebook.account.AccountService;
import org.sourcebook.account.StudentDirectory;
import org.sourcebook.account.StudentRef;
import org.sourcebook.classes.ClassRefusedException.Reason;
import org.sourcebook.classes.ClassStore.AssignmentRow;
import org.sourcebook.classes.EnrolmentPreview.Problem;
import org.sourcebook.classes.EnrolmentPreview.Row;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.LessonStatus;
import org.sourcebook.lesson.NoSuchLessonException;
import org.sourcebook.lesson.StoredLesson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in teacher's classes: their students and the lessons assigned to them. A teacher sees
 * and changes only their own classes; another teacher's class reads as not found. A class with
 * assignments is not deleted (its students would silently lose lessons): the teacher removes the
 * assignments first.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Name.TEACHER)
public class ClassService {

    /** The longest class name. */
    public static final int NAME_MAX = 200;

    /** The most rows one class list may have. */
    public static final int CSV_MAX_ROWS = 2_000;

    private static final String USERNAME = "username";

    private final ClassStore store;
    private final StudentDirectory directory;
    private final LessonService lessons;
    private final AccountService accounts;
    private final Clock clock;

    ClassService(ClassStore store, StudentDirectory directory, LessonService lessons, AccountService accounts, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.lessons = lessons;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** @throws ClassRefusedException NAME_INVALID */
    @Transactional
    public SchoolClass create(String name) {
        ClassId id = ClassId.random();
        store.insertClass(id, me(), checkedName(name), clock.instant());
        return find(id);
    }

    /** The signed-in teacher's classes, by name. */
    public List<SchoolClass> myClasses() {
        return store.classesOf(me());
    }

    /** @throws NoSuchClassException if it does not exist or belongs to someone else */
    public SchoolClass find(ClassId id) {
        return store.findOwned(id, me()).orElseThrow(() -> new NoSuchClassException(id));
    }

    /**
     * @throws ClassRefusedException NAME_INVALID
     * @throws NoSuchClassException if it does not exist or belongs to someone else
     */
    @Transactional
    public SchoolClass rename(ClassId id, String name) {
        find(id);
        store.renameClass(id, checkedName(name), clock.instant());
        return find(id);
    }

    /**
     * Deletes the class and its memberships; the students' accounts and attempts stay.
     *
     * @throws ClassRefusedException HAS_ASSIGNMENTS while lessons are assigned to it
     * @throws NoSuchClassException if it does not exist or belongs to someone else
     */
    @Transactional
    public void delete(ClassId id) {
        if (find(id).assignments() > 0) {
            throw new ClassRefusedException(Reason.HAS_ASSIGNMENTS);
        }
        store.deleteClass(id);
    }

    /** Students to enrol whose username or display name contains {@code text}; see {@link StudentDirectory#search}. */
    public List<StudentRef> searchStudents(String text) {
        return directory.search(text);
    }

    /**
     * The class's students, by display name.
     *
     * @throws NoSuchClassException if it does not exist or belongs to someone else
     */
    public List<StudentRef> members(ClassId id) {
        find(id);
        return directory.students(store.memberIds(id)).stream()
                .sorted(Comparator.comparing(StudentRef::displayName).thenComparing(StudentRef::username))
                .toList();
    }

    /**
     * Enrols the students; those already in the class stay as they are.
     *
     * @return how many were added
     * @throws ClassRefusedException NOT_A_STUDENT if an id is not an enabled student's (nothing is enrolled)
     * @throws NoSuchClassException if it does not exist or belongs to someone else
     */
    @Transactional
    public int enrol(ClassId id, Collection<Long> studentIds) {
        find(id);
        Set<Long> wanted = new LinkedHashSet<>(studentIds);
        if (directory.students(wanted).size() != wanted.size()) {
            throw new ClassRefusedException(Reason.NOT_A_STUDENT);
        }
        Instant now = clock.instant();
        int added = 0;
        for (long student : wanted) {
            added += store.addMember(id, student, now) ? 1 : 0;
        }
        return added;
    }

    /**
     * Checks a class list: CSV with a {@code username} column (other columns are ignored), one
     * student a row. Each row is valid or says why not.
     *
     * @throws ClassRefusedException CSV_INVALID if it is not such CSV or has more than {@link #CSV_MAX_ROWS} rows
     * @throws NoSuchClassException if it does not exist or belongs to someone else
     */
    public EnrolmentPreview previewCsv(ClassId id, String csv) {
        find(id);
        List<CsvRow> records = parse(csv);
        Map<String, StudentDirectory.Resolved> known = directory.resolve(
                records.stream().map(CsvRow::username).filter(name -> !name.isEmpty()).distinct().toList());
        Set<Long> members = new HashSet<>(store.memberIds(id));
        Set<String> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (CsvRow record : records) {
            String username = record.username();
            StudentDirectory.Resolved resolved = known.get(username);
            StudentRef student = resolved == null ? null : resolved.student();
            Problem problem = null;
            if (username.isEmpty()) {
                problem = Problem.BLANK_USERNAME;
            } else if (!seen.add(username)) {
                problem = Problem.DUPLICATE_ROW;
            } else if (resolved == null) {
                problem = Problem.UNKNOWN_USERNAME;
            } else if (student == null) {
                problem = Problem.NOT_A_STUDENT;
            } else if (members.contains(student.id())) {
                problem = Problem.ALREADY_ENROLLED;
            }
            rows.add(new Row(record.line(), username, problem == null ? student : null,
                    problem));
        }
        return new EnrolmentPreview(rows);
    }

    /**
     * Checks the class list again and enrols its valid rows, all in one transaction.
     *
     * @return the check, as {@link #previewCsv} gives it before enrolling
     * @throws ClassRefusedException CSV_INVALID as for {@link #previewCsv}
     * @throws NoSuchClassException if it does not exist or belongs to someone else
     */
    @Transactional
    public EnrolmentPreview enrolCsv(ClassId id, String csv) {
        EnrolmentPreview preview = previewCsv(id, csv);
        enrol(id, preview.valid().stream().map(StudentRef::id).toList());
        return preview;
    }

    /**
     * Takes the student out of the class; their attempts stay.
     *
     * @throws NoSuchClassException if the class does not exist or belongs to someone else
     */
    @Transactional
    public void remove(ClassId id, long studentId) {
        find(id);
        store.removeMember(id, studentId);
    }

    /**
     * The lessons assigned to the class, those due first, then those without a due date.
     *
     * @throws NoSuchClassException if it does not exist or belongs to someone else
     */
    public List<Assignment> assignments(ClassId id) {
        find(id);
        return store.assignmentsOf(id).stream().map(this::toAssignment)
                .sorted(Comparator.comparing(Assignment::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Assignment::lessonTitle))
                .toList();
    }

    /**
     * The signed-in teacher's classes that {@code lesson} is assigned to, by name: whose students
     * can reach it once it is published (and the assignment has opened).
     */
    public List<SchoolClass> classesAssigned(LessonId lesson) {
        return myClasses().stream().filter(schoolClass -> store.isAssigned(schoolClass.id(), lesson)).toList();
    }

    /**
     * Assigns one of the teacher's published lessons to the class. Students of the class reach it
     * from {@code opensAt} (at once when null); {@code dueAt}, when given, must be after
     * {@code opensAt}.
     *
     * @throws ClassRefusedException LESSON_NOT_PUBLISHED, ALREADY_ASSIGNED or DUE_BEFORE_OPENS
     * @throws NoSuchClassException if the class does not exist or belongs to someone else
     * @throws NoSuchLessonException if the lesson does not exist or belongs to someone else
     */
    @Transactional
    public Assignment assign(ClassId id, LessonId lesson, @Nullable Instant opensAt, @Nullable Instant dueAt) {
        find(id);
        if (lessons.findElseThrow(lesson).status() != LessonStatus.PUBLISHED) {
            throw new ClassRefusedException(Reason.LESSON_NOT_PUBLISHED);
        }
        checkDates(opensAt, dueAt);
        if (store.isAssigned(id, lesson)) {
            throw new ClassRefusedException(Reason.ALREADY_ASSIGNED);
        }
        AssignmentRow row = new AssignmentRow(AssignmentId.random(), id, lesson, opensAt, dueAt);
        store.insertAssignment(row, clock.instant());
        return toAssignment(row);
    }

    /**
     * Changes when an assignment opens and is due.
     *
     * @throws ClassRefusedException DUE_BEFORE_OPENS
     * @throws NoSuchClassException if it does not exist or its class belongs to someone else
     */
    @Transactional
    public Assignment changeAssignment(AssignmentId id, @Nullable Instant opensAt, @Nullable Instant dueAt) {
        AssignmentRow row = findAssignment(id);
        checkDates(opensAt, dueAt);
        store.updateAssignment(id, opensAt, dueAt);
        return toAssignment(new AssignmentRow(id, row.classId(), row.lesson(), opensAt, dueAt));
    }

    /**
     * Takes the lesson away from the class; attempts already made stay.
     *
     * @throws NoSuchClassException if it does not exist or its class belongs to someone else
     */
    @Transactional
    public void unassign(AssignmentId id) {
        findAssignment(id);
        store.deleteAssignment(id);
    }

    private AssignmentRow findAssignment(AssignmentId id) {
        AssignmentRow row = store.findAssignment(id).orElseThrow(() -> new NoSuchClassException(id));
        if (store.findOwned(row.classId(), me()).isEmpty()) {
            throw new NoSuchClassException(id);
        }
        return row;
    }

    private Assignment toAssignment(AssignmentRow row) {
        StoredLesson lesson = lessons.findElseThrow(row.lesson());
        return new Assignment(row.id(), row.classId(), row.lesson(), lesson.lesson().title(),
                lesson.status() == LessonStatus.PUBLISHED, row.opensAt(), row.dueAt());
    }

    private static void checkDates(@Nullable Instant opensAt, @Nullable Instant dueAt) {
        if (opensAt != null && dueAt != null && !dueAt.isAfter(opensAt)) {
            throw new ClassRefusedException(Reason.DUE_BEFORE_OPENS);
        }
    }

    private static String checkedName(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw new ClassRefusedException(Reason.NAME_INVALID);
        }
        return trimmed;
    }

    /** One data row of a class list: its line in the file and the username in it (may be empty). */
    record CsvRow(long line, String username) {}

    /**
     * The rows of a class list, read without looking at the database.
     *
     * @throws ClassRefusedException CSV_INVALID if it is not CSV with a username column, or too long
     */
    static List<CsvRow> parse(String csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setIgnoreHeaderCase(true).get();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || !header.containsKey(USERNAME)) {
                throw new ClassRefusedException(Reason.CSV_INVALID);
            }
            List<CsvRow> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (records.size() == CSV_MAX_ROWS) {
                    throw new ClassRefusedException(Reason.CSV_INVALID);
                }
                records.add(new CsvRow(parser.getCurrentLineNumber(), username(record)));
            }
            return records;
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new ClassRefusedException(Reason.CSV_INVALID);
        }
    }

    private static String username(CSVRecord record) {
        return record.isSet(USERNAME) ? record.get(USERNAME).strip() : "";
    }

    private long me() {
        return accounts.currentAccountId();
    }
}
