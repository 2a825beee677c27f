package org.sourcebook.account;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sourcebook.CoreTestApplication;
import org.sourcebook.content.account.Role;
import org.sourcebook.testsupport.SignedIn;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Measures a CSV account import of many rows with generated passwords, as an admin runs it: the
 * preview, then {@link AccountImportService#importValid}. Uses the application's password encoder
 * at the production strength (BCrypt 12 unless an argument says otherwise) on a file H2 database.
 *
 * <p>Run with {@code scripts/benchmark-account-import.sh [rows] [bcrypt-strength]}; prints the
 * time of the preview and of the import, and, for comparison under the same load, the time the
 * same number of hashes takes on one thread, before and after the import, (what the import did on the request thread before it
 * hashed in parallel; the inserts themselves take well under a second).
 */
public final class AccountImportBenchmark {

    private AccountImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : AccountImportService.MAX_ROWS;
        int strength = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        Path directory = Files.createTempDirectory("sourcebook-benchmark-import");
        String[] properties = {"--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--sourcebook.security.bcrypt-strength=" + strength,
                "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("bench")};
        try (ConfigurableApplicationContext context = SpringApplication.run(CoreTestApplication.class, properties)) {
            PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
            oneThread(encoder, rows);
            run(context.getBean(AccountImportService.class), rows, strength);
            oneThread(encoder, rows);
        }
    }

    private static void run(AccountImportService imports, int rows, int strength) {
        StringBuilder csv = new StringBuilder("username,firstname,lastname,email,role\n");
        for (int i = 0; i < rows; i++) {
            csv.append("bench-").append(i).append(",Aysel,Məmmədova ").append(i).append(",,student\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        SignedIn admin = SignedIn.as("bench-admin", Role.ADMIN);
        long start = System.nanoTime();
        ImportPreview preview = admin.get(() -> imports.preview(file));
        long previewed = System.nanoTime();
        List<ImportedAccount> created = admin.get(() -> imports.importValid(preview));
        long imported = System.nanoTime();
        System.out.printf(Locale.ROOT, "account import: %d rows, bcrypt %d, %d cores: preview %.2f s, import %.2f s%n",
                created.size(), strength, Runtime.getRuntime().availableProcessors(), (previewed - start) / 1e9,
                (imported - previewed) / 1e9);
    }

    private static void oneThread(PasswordEncoder encoder, int hashes) {
        long start = System.nanoTime();
        for (int i = 0; i < hashes; i++) {
            encoder.encode(PasswordPolicy.temporary());
        }
        System.out.printf(Locale.ROOT, "the same %d hashes on one thread: %.2f s%n", hashes, (System.nanoTime() - start) / 1e9);
    }
}
