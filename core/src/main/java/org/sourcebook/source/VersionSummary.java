package org.sourcebook.source;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line in a document's version history: its number, title, when it was imported and from which file. */
public record VersionSummary(int number, String title, Instant importedAt, @Nullable String fileName) {}
