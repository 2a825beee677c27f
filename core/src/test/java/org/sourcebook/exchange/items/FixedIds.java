package org.sourcebook.exchange.items;

import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.ItemInfo;

/** Sample items with a known id, for tests that compare whole exported files. */
public final class FixedIds {

    private FixedIds() {
    }

    public static Item withId(Item item, String uuid) {
        ItemInfo info = item.info();
        return item.withInfo(new ItemInfo(ItemId.parse(uuid), info.prompt(), info.feedback(), info.citations(), info.tags(),
                info.status(), info.origin(), info.qualityScore()));
    }
}
