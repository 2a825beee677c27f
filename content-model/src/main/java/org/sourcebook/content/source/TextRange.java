package org.sourcebook.content.source;

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
}
