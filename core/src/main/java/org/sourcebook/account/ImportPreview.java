package org.sourcebook.account;

import java.util.List;

/**
 * A checked import file: every data row with its problems. {@code classColumn} says the file has a
 * {@code class} column (so the rows may join classes).
 */
public record ImportPreview(List<ImportRow> rows, boolean classColumn) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public List<ImportRow> validRows() {
        return rows.stream().filter(ImportRow::valid).toList();
    }
}
