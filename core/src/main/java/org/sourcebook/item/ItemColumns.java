package org.sourcebook.item;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The queryable projection of an item, stored beside its JSON body. */
record ItemColumns(
        @Nullable UUID documentId, String kind, String status, String origin, double quality, Set<String> tags) {}
