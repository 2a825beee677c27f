package org.sourcebook.exchange.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebook.exchange.items.ImportedItems;
import org.sourcebook.exchange.items.ItemIssue;

/** Broken, random and huge files: issues, never exceptions, and time linear in the size. */
class GiftHostileInputTest {

    /** Big enough that anything quadratic would take hours, small enough for a loaded build machine. */
    private static final int SIZE = 1024 * 1024;

    private final GiftReader reader = new GiftReader();

    static Stream<String> randomFiles() {
        Random random = new Random(8L);
        String[] atoms = {"~", "=", "#", "{", "}", ":", "::", "\\", "\\n", "\n", "\n\n", "\r", " ", "[html]", "[plain]",
            "%50%", "%-100%", "%", "->", "..", "####", "//", "// [tag:", "]", "$CATEGORY:", "T", "TRUE", "F", "<p>", "&",
            "1", "1e9", "-", "ə", "x", "\uE000", "\uFEFF", "\u0000"};
        return IntStream.range(0, 300).mapToObj(index -> {
            StringBuilder file = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                file.append(atoms[random.nextInt(atoms.length)]);
            }
            return file.toString();
        });
    }

    @ParameterizedTest
    @MethodSource("randomFiles")
    void randomSyntaxNeverThrowsAndEveryProblemIsPlaced(String file) {
        ImportedItems read = reader.read(file.getBytes(StandardCharsets.UTF_8));

        assertThat(read.problems()).allSatisfy(problem -> assertThat(problem.detail()).isNotBlank());
        assertThat(read.items()).allSatisfy(item -> assertThat(item.problems()).isEmpty());
        assertThat(read.items().size() + read.problems().size()).isPositive();
    }

    /**
     * Not a speed target (the reader's speed is quoted from a measurement in docs/interchange.md):
     * a guard that fails on quadratic or exponential behaviour, which on these inputs takes hours,
     * while staying far above linear time on a busy CI machine.
     */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void aFileOfManyQuestionsIsReadInLinearTime() {
        String question = "::Q:: Which town? {=Xocalı#yes ~Şuşa#no ~Ağdam####Source\\: the text}\n\n";
        String file = question.repeat(2 * SIZE / question.length());

        ImportedItems read = assertTimeoutPreemptively(HANG_GUARD, () -> reader.read(file.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.problems()).isEmpty();
        assertThat(read.items()).hasSize(2 * SIZE / question.length());
    }

    @Test
    void pathologicalSingleQuestionsAreReadInLinearTime() {
        String[] bodies = {
            "Q {" + "~a".repeat(SIZE / 4) + "=b}",
            "Q {" + "{".repeat(SIZE / 2),
            "::" + ":".repeat(SIZE / 2),
            "Q {" + "#".repeat(SIZE / 2) + "}",
            "Q {" + "~%".repeat(SIZE / 4) + "}",
            "// " + "[tag:".repeat(SIZE / 10) + "\nQ {T}",
            "Q {" + "\\".repeat(SIZE / 2) + "}",
            "Q {" + "=a->".repeat(SIZE / 8) + "}",
            "Q {#" + "1".repeat(SIZE / 2) + "}",
            "[html]" + "<b>".repeat(SIZE / 6) + "{T}",
        };
        for (String body : bodies) {
            ImportedItems read = assertTimeoutPreemptively(HANG_GUARD,
                    () -> reader.read(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(read.items().size() + read.problems().size()).isEqualTo(1);
        }
    }

    @Test
    void aLoneOpeningBraceIsASyntaxErrorNotAHang() {
        ImportedItems read = reader.read(("Q {" + "{".repeat(100)).getBytes(StandardCharsets.UTF_8));

        assertThat(read.problems()).extracting(ItemIssue::reason).containsExactly(ItemIssue.Reason.SYNTAX_ERROR);
    }
}
