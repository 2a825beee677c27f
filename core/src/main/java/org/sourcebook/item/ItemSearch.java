package org.sourcebook.item;

import java.util.List;

/** The question bank's filtered, paged query; implemented with JPQL in {@link ItemSearchImpl}. */
interface ItemSearch {

    List<ItemEntity> search(long ownerId, ItemQuery query);

    long count(long ownerId, ItemQuery query);
}
