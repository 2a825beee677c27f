package org.sourcebook.ui.teacher.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
 * non-Latin names right). A cell that a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so an exported name like
 * {@code =HYPERLINK(...)} stays text (OWASP "CSV injection").
 */
final class AttemptsCsv {

    private AttemptsCsv() {}

    static byte[] write(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            printer.printRecord(header.stream().map(AttemptsCsv::safe).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(AttemptsCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
