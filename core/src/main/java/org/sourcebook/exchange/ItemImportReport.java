package org.sourcebook.exchange;

/** What an import into the question bank stored: items, and for a JSON bundle also documents and lessons. */
public record ItemImportReport(int items, int documents, int lessons) {
}
