package org.sourcebook.exchange.anki;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an Anki text import file the way Anki's importer (rslib import_export/text/csv) does, so the
 * tests check what Anki would see: leading lines starting with {@code #} and holding a colon are
 * settings ({@code key:value}, key trimmed and lower-cased); then records separated by the declared
 * separator, where a field starting with a double quote runs to the closing quote (a doubled quote
 * inside stands for one, line breaks included), and a record starting with {@code #} is a comment.
 */
record AnkiTextFile(Map<String, String> settings, List<List<String>> records) {

    static AnkiTextFile read(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        Map<String, String> settings = new LinkedHashMap<>();
        int position = 0;
        while (position < text.length() && text.charAt(position) == '#') {
            int end = text.indexOf('\n', position);
            String line = text.substring(position + 1, end);
            int colon = line.indexOf(':');
            if (colon >= 0) {
                settings.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1));
            }
            position = end + 1;
        }
        char separator = "tab".equals(settings.get("separator")) ? '\t' : ',';
        return new AnkiTextFile(settings, records(text.substring(position), separator));
    }

    private static List<List<String>> records(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        int position = 0;
        while (position < text.length()) {
            if (text.charAt(position) == '#') {
                position = text.indexOf('\n', position) + 1;
                continue;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean atRecordEnd = false;
            while (!atRecordEnd) {
                if (field.isEmpty() && position < text.length() && text.charAt(position) == '"') {
                    position = quoted(text, position + 1, field);
                }
                char next = position < text.length() ? text.charAt(position) : '\n';
                position++;
                if (next == separator || next == '\n') {
                    fields.add(field.toString());
                    field.setLength(0);
                    atRecordEnd = next == '\n';
                } else if (next != '\r') {
                    field.append(next);
                }
            }
            records.add(fields);
        }
        return records;
    }

    /** Reads a quoted field from just after its opening quote; returns the position after the closing quote. */
    private static int quoted(String text, int start, StringBuilder field) {
        int position = start;
        while (true) {
            char next = text.charAt(position);
            if (next == '"' && position + 1 < text.length() && text.charAt(position + 1) == '"') {
                field.append('"');
                position += 2;
            } else if (next == '"') {
                return position + 1;
            } else {
                field.append(next);
                position++;
            }
        }
    }

    /** Field {@code column} (from 1, as the header's column numbers) of every record. */
    List<String> column(int column) {
        return records.stream().map(fields -> fields.get(column - 1)).toList();
    }
}
