package org.sourcebook.attempt;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcebook.CoreTestApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The core application context on a durable database, for the answer-save benchmarks: H2 in file
 * mode with {@code WRITE_DELAY=0} (the app's default URL; every commit reaches the file before it
 * returns) or embedded PostgreSQL with {@code synchronous_commit=on} and {@code fsync=on} (the
 * embedded server's default is {@code synchronous_commit=off}).
 */
final class BenchmarkDatabase implements AutoCloseable {

    final ConfigurableApplicationContext context;
    private final @Nullable EmbeddedPostgres postgres;

    private BenchmarkDatabase(ConfigurableApplicationContext context, @Nullable EmbeddedPostgres postgres) {
        this.context = context;
        this.postgres = postgres;
    }

    /** Starts {@code h2} or {@code postgres} with a connection pool of {@code connections}. */
    static BenchmarkDatabase start(String database, int connections) throws IOException {
        List<String> properties = new ArrayList<>(List.of("--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--spring.datasource.hikari.maximum-pool-size=" + connections,
                // Hundreds of students are created; hashing their passwords at the lowest allowed strength saves minutes that measure nothing.
                "--sourcebook.security.bcrypt-strength=10"));
        EmbeddedPostgres postgres = null;
        if (database.equals("postgres")) {
            postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                    .setServerConfig("max_connections", String.valueOf(Math.max(100, connections + 10))).start();
            properties.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
            properties.add("--spring.datasource.username=postgres");
            properties.add("--spring.datasource.password=postgres");
        } else if (database.equals("h2")) {
            Path directory = Files.createTempDirectory("sourcebook-benchmark-h2");
            properties.add("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("bench") + ";WRITE_DELAY=0");
        } else {
            throw new IllegalArgumentException("Unknown database " + database + "; use h2 or postgres");
        }
        try {
            return new BenchmarkDatabase(SpringApplication.run(CoreTestApplication.class, properties.toArray(String[]::new)),
                    postgres);
        } catch (RuntimeException failed) {
            if (postgres != null) {
                postgres.close();
            }
            throw failed;
        }
    }

    /** The {@code index}th command-line argument as a number, or {@code fallback} if it was not given. */
    static int number(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** The {@code quantile} (0..1) of sorted nanosecond latencies, in milliseconds. */
    static double millis(long[] sorted, double quantile) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1))] / 1e6;
    }

    @Override
    public void close() throws IOException {
        try {
            context.close();
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
