package org.sourcebook.drafting;

import java.util.UUID;
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
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.EnglishSegmenter;

/**
 * How long {@link DraftingEngine#draft} takes on synthetic prose of about 1k, 10k and 100k words
 * (targets: 100k words in at most 2 s warm; about the same time per 1k words at every size).
 * Not a JUnit test, so surefire never runs it; run it with {@code scripts/benchmark-drafting.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 5, time = 2)
public class DraftingBenchmark {

    /** Fixed, so every run drafts the same texts. */
    static final long SEED = 20_240_404L;

    @Param({"1000", "10000", "100000"})
    int words;

    private DraftingEngine engine;
    private DocumentVersion version;

    @Setup
    public void setUp() {
        String text = SyntheticCorpus.text(words, SEED);
        version = DocumentVersion.of(new DocumentId(new UUID(0L, words)), 1, text,
                DocumentMetadata.titled(text.substring(0, text.indexOf('\n'))), new EnglishSegmenter());
        engine = DraftingEngine.english();
    }

    @Benchmark
    public Draft draft() {
        return engine.draft(version, DraftOptions.DEFAULTS);
    }
}
