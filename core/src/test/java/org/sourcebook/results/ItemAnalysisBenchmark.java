package org.sourcebook.results;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sourcebook.content.analysis.ItemAnalysis;
import org.sourcebook.content.analysis.MarkMatrix;
import org.sourcebook.content.analysis.QuizAnalysis;
import org.sourcebook.content.analysis.SyntheticMarks;

/**
 * How long the item analysis ({@link ItemAnalysis#of}) takes on synthetic attempts × 16 items
 * (target: 100,000 attempts in at most 1 s; marks from {@link SyntheticMarks}), and how long collecting the rows into a
 * {@link MarkMatrix} and analysing them takes together. Not a JUnit test, so surefire never runs
 * it; run it with {@code scripts/benchmark-item-analysis.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ItemAnalysisBenchmark {

    /** Fixed, so every run analyses the same marks. */
    static final long SEED = 20_261_126L;

    static final int ITEMS = 16;

    @Param({"1000", "100000"})
    int attempts;

    private double[][] rows;
    private MarkMatrix matrix;

    @Setup
    public void setUp() {
        rows = SyntheticMarks.rows(SEED, attempts, ITEMS);
        matrix = MarkMatrix.of(rows);
    }

    @Benchmark
    public QuizAnalysis analyse() {
        return ItemAnalysis.of(matrix);
    }

    @Benchmark
    public QuizAnalysis collectAndAnalyse() {
        MarkMatrix.Builder builder = MarkMatrix.builder(ITEMS);
        for (double[] row : rows) {
            builder.add(row);
        }
        return ItemAnalysis.of(builder.build());
    }
}
