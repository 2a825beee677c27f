package org.sourcebook.source;

import java.time.Instant;
import org.sourcebook.content.source.DocumentId;

/** A line in a teacher's document list. */
public record DocumentSummary(DocumentId id, String title, int latestVersion, Instant updatedAt) {}
