package org.sourcebook.source;

import java.time.Instant;
import org.sourcebook.content.source.DocumentId;

/**
 * A line in a teacher's document list.
 *
 * @param version the optimistic-lock version of the document row, which a metadata edit names
 *     (not to be confused with {@code latestVersion}, the number of the newest text version)
 */
public record DocumentSummary(DocumentId id, String title, int latestVersion, Instant updatedAt, long version) {}
