package org.sourcebook.account;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sourcebook.account.ImportFileException.Reason;
import org.sourcebook.account.ImportProblem.Kind;
import org.sourcebook.audit.AuditKind;
import org.sourcebook.audit.AuditLog;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.account.Username;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates accounts from a CSV file with Moodle-like columns: {@code username, firstname, lastname,
 * role} required, {@code email, password, class} optional. A student row's {@code class} names
 * existing classes (see {@link ImportClassNames}) that the new student joins. First a preview
 * checks every row; then the passwords of the valid rows are hashed (in parallel, before any
 * transaction: it is the slow part) and the accounts and enrolments are written in one
 * transaction, so a failure leaves nothing half-written. Comma or semicolon separated, UTF-8.
 */
@Service
@Transactional(readOnly = true)
public class AccountImportService {

    public static final int MAX_BYTES = 1_000_000;
    public static final int MAX_ROWS = 1_000;

    static final List<String> REQUIRED = List.of("username", "firstname", "lastname", "role");
    static final List<String> OPTIONAL = List.of("email", "password", "class");
    private static final Map<String, Role> ROLE_NAMES = Map.of(
            "student", Role.STUDENT, "teacher", Role.TEACHER, "editingteacher", Role.TEACHER, "admin", Role.ADMIN);
    private static final int MAX_NAME = 200;
    /** Hashing threads per import: all cores up to four; BCrypt is CPU-bound. */
    static final int HASH_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final AccountRepository accounts;
    private final AccountAdminService admin;
    private final AuditLog audit;
    private final ImportClasses classes;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;

    AccountImportService(AccountRepository accounts, AccountAdminService admin, AuditLog audit, ImportClasses classes,
            PasswordEncoder passwordEncoder, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.admin = admin;
        this.audit = audit;
        this.classes = classes;
        this.passwordEncoder = passwordEncoder;
        this.writes = new TransactionTemplate(transactions);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    /**
     * Reads and checks a file without changing anything.
     *
     * @throws ImportFileException when the file as a whole cannot be used
     */
    @RolesAllowed(Role.Name.ADMIN)
    public ImportPreview preview(byte[] file) {
        ParsedFile parsed = parse(file);
        ImportClassNames classNames =
                new ImportClassNames(parsed.columns().containsKey("class") ? classes.allClasses() : List.of());
        return check(parsed, existing(parsed.rows()), classNames);
    }

    /** A file's columns (by lower-case header) and data rows, read without looking at the database. */
    record ParsedFile(Map<String, Integer> columns, List<RowValues> rows) {}

    /**
     * Reads the CSV file, checking only its shape.
     *
     * @throws ImportFileException when the file as a whole cannot be used
     */
    static ParsedFile parse(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new ImportFileException(Reason.TOO_LARGE, String.valueOf(MAX_BYTES / 1000));
        }
        String text = decode(file);
        if (text.isBlank()) {
            throw new ImportFileException(Reason.EMPTY, "");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true).get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > MAX_ROWS + 1) {
                    throw new ImportFileException(Reason.TOO_MANY_ROWS, String.valueOf(MAX_ROWS));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException unreadable) {
            throw new ImportFileException(Reason.UNREADABLE, String.valueOf(unreadable.getMessage()));
        }
        if (records.size() < 2) {
            throw new ImportFileException(Reason.EMPTY, "");
        }
        Map<String, Integer> columns = columns(records.get(0));
        List<RowValues> values = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            values.add(new RowValues(i + 1, records.get(i), columns));
        }
        return new ParsedFile(columns, values);
    }

    /**
     * Checks every row of a parsed file, given the usernames already taken (lower case) and the
     * classes a {@code class} column may name.
     */
    static ImportPreview check(ParsedFile parsed, Set<String> taken, ImportClassNames classNames) {
        Map<String, Integer> seen = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>();
        for (RowValues row : parsed.rows()) {
            rows.add(check(row, taken, seen, classNames));
        }
        return new ImportPreview(rows, parsed.columns().containsKey("class"));
    }

    /** {@link #importValid(ImportPreview, AccountImportProgress)} without progress reports. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<ImportedAccount> importValid(ImportPreview preview) {
        return importValid(preview, AccountImportProgress.NONE);
    }

    /**
     * Creates the preview's valid rows and their class enrolments, all or none. The passwords are
     * hashed first, outside any transaction and on up to {@link #HASH_THREADS} threads (with
     * BCrypt this takes minutes for a large file, so callers run it in the background); then
     * everything is written in one transaction. Rows are checked again: a username taken or a
     * class deleted since the preview refuses the whole import.
     *
     * @throws ImportFileException {@code CHANGED_SINCE_PREVIEW} or {@code NOTHING_TO_IMPORT}
     */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<ImportedAccount> importValid(ImportPreview preview, AccountImportProgress progress) {
        List<ImportRow> valid = preview.validRows();
        if (valid.isEmpty()) {
            throw new ImportFileException(Reason.NOTHING_TO_IMPORT, "");
        }
        List<PendingAccount> pending = new ArrayList<>();
        for (ImportRow row : valid) {
            try {
                pending.add(AccountAdminService.pending(row.draft()));
            } catch (AccountAdminException changed) {
                throw changedSincePreview(row);
            }
        }
        reads.executeWithoutResult(status -> requireUsernamesStillFree(valid));
        List<String> hashes = hashes(pending, progress);
        return writes.execute(status -> store(valid, pending, hashes));
    }

    /** Fails before the slow hashing, rather than after it, when a name was taken meanwhile. */
    private void requireUsernamesStillFree(List<ImportRow> rows) {
        Set<String> taken = new HashSet<>(accounts.findExistingUsernames(rows.stream().map(ImportRow::username).toList()));
        rows.stream().filter(row -> taken.contains(row.username())).findFirst().ifPresent(row -> {
            throw changedSincePreview(row);
        });
    }

    private List<String> hashes(List<PendingAccount> pending, AccountImportProgress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(HASH_THREADS, pending.size()));
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<String>> hashing = new ArrayList<>();
            for (PendingAccount account : pending) {
                hashing.add(pool.submit(() -> {
                    String hash = passwordEncoder.encode(account.account().rawPassword());
                    progress.passwordsHashed(done.incrementAndGet(), pending.size());
                    return hash;
                }));
            }
            List<String> hashes = new ArrayList<>();
            for (Future<String> hash : hashing) {
                hashes.add(hash.get());
            }
            return hashes;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Account import interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("Password hashing failed", failed.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<ImportedAccount> store(List<ImportRow> rows, List<PendingAccount> pending, List<String> hashes) {
        List<ImportedAccount> created = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            CreatedAccount account;
            try {
                account = admin.insert(pending.get(i), hashes.get(i));
            } catch (AccountAdminException changed) {
                throw changedSincePreview(row);
            }
            String username = account.account().username().value();
            audit.record(AuditKind.ACCOUNT_CREATED, username, "CSV import, roles " + account.account().roles());
            enrol(row, account.account().id(), username);
            created.add(new ImportedAccount(username, account.account().displayName(), account.temporaryPassword()));
        }
        audit.record(AuditKind.ACCOUNTS_IMPORTED, null, created.size() + " accounts from CSV");
        return created;
    }

    private void enrol(ImportRow row, long studentId, String username) {
        for (ImportClass schoolClass : row.classes()) {
            if (!classes.enrol(schoolClass.id(), studentId)) {
                throw changedSincePreview(row);
            }
            audit.record(AuditKind.CLASS_ENROLLED, username, "CSV import, class " + schoolClass.qualifiedName());
        }
    }

    private static ImportFileException changedSincePreview(ImportRow row) {
        return new ImportFileException(Reason.CHANGED_SINCE_PREVIEW, String.valueOf(row.rowNumber()));
    }

    private static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new ImportFileException(Reason.UNREADABLE, "UTF-8");
        }
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                throw new ImportFileException(Reason.UNKNOWN_COLUMN, header.get(i));
            }
            if (columns.put(name, i) != null) {
                throw new ImportFileException(Reason.DUPLICATE_COLUMN, name);
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new ImportFileException(Reason.MISSING_COLUMN, required);
            }
        }
        return columns;
    }

    private Set<String> existing(List<RowValues> rows) {
        Set<String> candidates = new HashSet<>();
        for (RowValues row : rows) {
            try {
                candidates.add(Username.of(row.get("username")).value());
            } catch (IllegalArgumentException invalid) {
                // reported per row
            }
        }
        return candidates.isEmpty() ? Set.of() : new HashSet<>(accounts.findExistingUsernames(candidates));
    }

    private static ImportRow check(RowValues row, Set<String> taken, Map<String, Integer> seen,
            ImportClassNames classNames) {
        List<ImportProblem> problems = new ArrayList<>();
        if (row.tooManyColumns) {
            problems.add(ImportProblem.of(Kind.TOO_MANY_COLUMNS, ""));
        }
        for (String required : REQUIRED) {
            if (row.get(required).isEmpty()) {
                problems.add(ImportProblem.of(Kind.MISSING_FIELD, required));
            }
        }
        String username = row.get("username");
        if (!username.isEmpty()) {
            try {
                username = Username.of(username).value();
                Integer first = seen.putIfAbsent(username, row.number);
                if (first != null) {
                    problems.add(ImportProblem.of(Kind.DUPLICATE_IN_FILE, String.valueOf(first)));
                } else if (taken.contains(username)) {
                    problems.add(ImportProblem.of(Kind.USERNAME_TAKEN, username));
                }
            } catch (IllegalArgumentException invalid) {
                problems.add(ImportProblem.of(Kind.USERNAME_INVALID, username));
            }
        }
        String displayName = (row.get("firstname") + " " + row.get("lastname")).strip();
        if (displayName.length() > MAX_NAME) {
            problems.add(ImportProblem.of(Kind.NAME_TOO_LONG, String.valueOf(MAX_NAME)));
        }
        String email = row.get("email");
        try {
            AccountAdminService.email(email);
        } catch (AccountAdminException invalid) {
            problems.add(ImportProblem.of(Kind.EMAIL_INVALID, email));
        }
        Set<Role> roles = new HashSet<>();
        String roleText = row.get("role");
        if (!roleText.isEmpty()) {
            Role role = ROLE_NAMES.get(roleText.toLowerCase(Locale.ROOT));
            if (role == null) {
                problems.add(ImportProblem.of(Kind.UNKNOWN_ROLE, roleText));
            } else {
                roles.add(role);
            }
        }
        String password = row.get("password");
        if (!password.isEmpty()) {
            List<PasswordProblem> weak = PasswordPolicy.check(password, username);
            if (!weak.isEmpty()) {
                problems.add(new ImportProblem(Kind.PASSWORD_WEAK, "", weak));
            }
        }
        List<ImportClass> joins = List.of();
        String classText = row.get("class");
        if (!classText.isEmpty()) {
            if (!roles.isEmpty() && !roles.contains(Role.STUDENT)) {
                problems.add(ImportProblem.of(Kind.CLASS_NOT_FOR_ROLE, roleText));
            } else {
                joins = classNames.resolve(classText, problems);
            }
        }
        return new ImportRow(row.number, username, displayName, email, roles, !password.isEmpty(), joins,
                problems, password.isEmpty() ? null : password);
    }

    /** One record's values by column name; missing trailing fields read as empty. */
    static final class RowValues {
        final int number;
        final boolean tooManyColumns;
        private final CSVRecord record;
        private final Map<String, Integer> columns;

        RowValues(int number, CSVRecord record, Map<String, Integer> columns) {
            this.number = number;
            this.record = record;
            this.columns = columns;
            this.tooManyColumns = record.size() > columns.size();
        }

        String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? "" : record.get(index).strip();
        }
    }
}
