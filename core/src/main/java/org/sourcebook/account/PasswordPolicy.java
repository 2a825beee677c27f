package org.sourcebook.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Password rules after NIST SP 800-63B (5.1.1.2): at least {@value #MIN_LENGTH} characters
 * ({@value #SUGGESTED_LENGTH} suggested), up to {@value #MAX_LENGTH}, no composition rules, and no
 * password from a list of commonly used ones (the 100,000 most common passwords that the nbvcxz
 * library ships, compared ignoring case) or equal to the username. Length counts characters as
 * people see them (code points), so passphrases in any script work.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int SUGGESTED_LENGTH = 15;
    public static final int MAX_LENGTH = 128;

    private static final String COMMON_LIST = "/dictionaries/passwords.txt";
    private static final char[] TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile @Nullable Set<String> common;

    private PasswordPolicy() {}

    /** What is wrong with {@code password} for the account {@code username} (empty when it is acceptable). */
    public static List<PasswordProblem> check(String password, @Nullable String username) {
        List<PasswordProblem> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (commonPasswords().contains(folded)) {
            problems.add(PasswordProblem.COMMON);
        }
        if (username != null && folded.equals(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(PasswordProblem.SAME_AS_USERNAME);
        }
        return problems;
    }

    /** Throws {@link AccountAdminException} with {@code PASSWORD_WEAK} when the password breaks the rules. */
    static void require(String password, @Nullable String username) {
        List<PasswordProblem> problems = check(password, username);
        if (!problems.isEmpty()) {
            throw new AccountAdminException(AccountAdminException.Reason.PASSWORD_WEAK, problems);
        }
    }

    /**
     * A random temporary password: 16 characters from an alphabet without look-alikes (about 79
     * bits), in groups of four for reading aloud, e.g. {@code k7pq-3mxa-tr9e-wz2h}.
     */
    public static String temporary() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(TEMPORARY_ALPHABET[RANDOM.nextInt(TEMPORARY_ALPHABET.length)]);
        }
        return password.toString();
    }

    private static Set<String> commonPasswords() {
        Set<String> loaded = common;
        if (loaded == null) {
            loaded = load();
            common = loaded;
        }
        return loaded;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + COMMON_LIST + " is missing");
            }
            Set<String> words = new HashSet<>(150_000);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
