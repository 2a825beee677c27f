package org.sourcebook.exchange.items;

import static org.assertj.core.api.Assertions.assertThat;

import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemStatus;

/** What every {@link ItemImporter} promises about what it read, for fuzz targets of each format. */
public final class ItemImportContract {

    private ItemImportContract() {}

    /** Every item read is a valid, accepted item without citations, and every issue has a position and a reason. */
    public static void check(ImportedItems read) {
        for (Item item : read.items()) {
            assertThat(item.problems()).as(item.toString()).isEmpty();
            assertThat(item.status()).isEqualTo(ItemStatus.ACCEPTED);
            assertThat(item.citations()).isEmpty();
        }
        for (ItemIssue issue : read.problems()) {
            assertThat(issue.position()).isNotNegative();
            assertThat(issue.reason()).isNotNull();
        }
    }
}
