package org.sourcebook.content.analysis;

import java.util.EnumSet;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The statistics of one item; a measure is empty where it cannot be computed (too few attempts,
 * or no spread to correlate), never NaN.
 *
 * @param item the item's column in the {@link MarkMatrix}, from 0
 * @param facility mean mark as a percentage of the maximum mark
 * @param standardDeviation sample standard deviation of the item's marks, as a percentage of its maximum
 * @param discrimination product-moment correlation of the item's marks with the rest of the test
 *     (total minus this item), as a percentage
 * @param flags what deserves a look, see {@link ItemFlag}
 */
public record ItemStatistics(int item, OptionalDouble facility, OptionalDouble standardDeviation,
        OptionalDouble discrimination, Set<ItemFlag> flags) {

    public ItemStatistics {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public boolean has(ItemFlag flag) {
        return flags.contains(flag);
    }
}
