package org.sourcebook.content.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Character offsets {@code [start, end)} into a text; Java {@code char} indices, like substring. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A text range needs 0 <= start <= end, was [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isWithin(String text) {
        return end <= text.length();
    }

    public boolean contains(TextRange other) {
        return start <= other.start && other.end <= end;
    }

    /** The ranges that {@code ranges} cover together, in text order: overlapping or touching ranges become one. */
    public static List<TextRange> union(Collection<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(TextRange::start));
        List<TextRange> merged = new ArrayList<>();
        for (TextRange range : sorted) {
            TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range.start() <= last.end()) {
                merged.set(merged.size() - 1, new TextRange(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }
}
