package org.sourcebook.source.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes as people read them: "12.3 MB", "10 MB", "512 KB", "900 bytes" (binary units). */
final class Sizes {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private Sizes() {}

    /** The size rounded to one decimal. */
    static String describe(long bytes) {
        return describe(bytes, RoundingMode.HALF_UP);
    }

    /** The size rounded up, so a file just over a limit never reads as equal to it. */
    static String describeAtLeast(long bytes) {
        return describe(bytes, RoundingMode.CEILING);
    }

    private static String describe(long bytes, RoundingMode rounding) {
        if (bytes < KB) {
            return bytes + " bytes";
        }
        long unit = bytes < MB ? KB : MB;
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, rounding).stripTrailingZeros();
        return value.toPlainString() + (unit == MB ? " MB" : " KB");
    }
}
