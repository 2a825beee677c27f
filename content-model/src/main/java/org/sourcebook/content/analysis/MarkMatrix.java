package org.sourcebook.content.analysis;

import java.util.Arrays;

/**
 * The marks of a set of attempts at one quiz: one row per attempt, one column per item, each mark
 * in [0, 1] (every item is worth one mark). Stored as one flat array, row after row, so that a
 * hundred thousand attempts cost one allocation rather than a hundred thousand.
 */
public final class MarkMatrix {

    private final int items;
    private final int attempts;
    private final double[] marks;

    private MarkMatrix(int items, int attempts, double[] marks) {
        this.items = items;
        this.attempts = attempts;
        this.marks = marks;
    }

    /** A matrix of the given rows; each row must have the same number of marks, each in [0, 1]. */
    public static MarkMatrix of(double[]... rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("Give at least one row, or use builder(items) for an empty matrix");
        }
        Builder builder = builder(rows[0].length);
        for (double[] row : rows) {
            builder.add(row);
        }
        return builder.build();
    }

    /** Collects rows of {@code items} marks each. */
    public static Builder builder(int items) {
        return new Builder(items);
    }

    public int items() {
        return items;
    }

    public int attempts() {
        return attempts;
    }

    /** The mark of {@code attempt} for {@code item}, both counted from 0. */
    public double mark(int attempt, int item) {
        if (attempt < 0 || attempt >= attempts || item < 0 || item >= items) {
            throw new IndexOutOfBoundsException("No mark at attempt " + attempt + ", item " + item);
        }
        return marks[attempt * items + item];
    }

    /** The flat array, row after row; read-only by convention, for the analysis in this package. */
    double[] flat() {
        return marks;
    }

    /** Collects the rows of a {@link MarkMatrix}; not thread-safe. */
    public static final class Builder {

        private final int items;
        private double[] marks;
        private int attempts;

        private Builder(int items) {
            if (items < 1) {
                throw new IllegalArgumentException("A quiz needs at least one item, not " + items);
            }
            this.items = items;
            this.marks = new double[items * 16];
        }

        /** Adds one attempt's marks, one per item in item order. */
        public Builder add(double... row) {
            if (row.length != items) {
                throw new IllegalArgumentException("Expected " + items + " marks, got " + row.length);
            }
            for (double mark : row) {
                if (!(mark >= 0 && mark <= 1)) {
                    throw new IllegalArgumentException("A mark must be in [0, 1], not " + mark);
                }
            }
            int end = (attempts + 1) * items;
            if (end > marks.length) {
                marks = Arrays.copyOf(marks, Math.max(end, marks.length * 2));
            }
            System.arraycopy(row, 0, marks, attempts * items, items);
            attempts++;
            return this;
        }

        public MarkMatrix build() {
            return new MarkMatrix(items, attempts, Arrays.copyOf(marks, attempts * items));
        }
    }
}
