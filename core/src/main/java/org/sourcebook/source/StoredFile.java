package org.sourcebook.source;

import org.jspecify.annotations.Nullable;

/** What was uploaded for a version: original file name (if any), detected type, size in bytes. */
public record StoredFile(@Nullable String name, String type, long byteSize) {}
