package org.sourcebook.exchange;

/** What an import stored. */
public record BundleImportReport(int documents, int items, int lessons) {}
