package org.sourcebook.classes;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcebook.account.StudentRef;

/** A class list checked row by row before (or after) enrolling its valid rows. */
public record EnrolmentPreview(List<Row> rows) {

    /** Why a row is not enrolled. */
    public enum Problem { UNKNOWN_USERNAME, NOT_A_STUDENT, ALREADY_ENROLLED, DUPLICATE_ROW, BLANK_USERNAME }

    /**
     * One data row of the list.
     *
     * @param line the row's line number in the file, the header being line 1
     * @param student the student to enrol, when the row is valid
     * @param problem why the row is skipped, when it is not
     */
    public record Row(long line, String username, @Nullable StudentRef student, @Nullable Problem problem) {

        public boolean valid() {
            return problem == null;
        }
    }

    public EnrolmentPreview {
        rows = List.copyOf(rows);
    }

    public List<StudentRef> valid() {
        return rows.stream().filter(Row::valid).map(Row::student).toList();
    }

    public long errors() {
        return rows.stream().filter(row -> !row.valid()).count();
    }
}
