package org.sourcebook.item;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The queryable projection of an item, stored beside its JSON body.
 *
 * @param searchText prompt and answer in lower case (see {@link ItemSearchText}), for the bank's text search
 */
record ItemColumns(
        @Nullable UUID documentId, String kind, String status, String origin, double quality, Set<String> tags,
        String searchText) {}
