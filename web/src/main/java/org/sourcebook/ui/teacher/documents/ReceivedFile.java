package org.sourcebook.ui.teacher.documents;

import org.jspecify.annotations.Nullable;

/** An uploaded file, read completely and within the size limit. */
record ReceivedFile(@Nullable String fileName, @Nullable String contentType, byte[] bytes) {}
