package org.sourcebook.source.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.sourcebook.source.importing.ImportException.Reason;

/**
 * Bytes to text for the text formats. The order of evidence: a byte-order mark (UTF-8, UTF-16 LE
 * or BE); else UTF-8 if the bytes are valid UTF-8; else, for HTML only, a charset the page
 * declares; else Windows-1252, which is what most non-UTF-8 Western files are. Valid UTF-8 wins
 * over a page's declaration because files are often re-saved as UTF-8 and keep a stale meta tag,
 * while non-ASCII text that happens to be valid UTF-8 in another charset is very rare.
 *
 * <p>Text with NUL characters, or with more than 1% other control characters, is binary data,
 * not text: it is refused rather than imported as garbage. The C1 controls U+0080 to U+009F are
 * not counted: in real files they are Windows-1252 punctuation stored by a system that took it
 * for Latin-1 (U+0092 meant ’), and they are read as that punctuation.
 */
final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int C1_START = 0x80;
    private static final String C1_IN_WINDOWS_1252 = windows1252Range(C1_START, 0xA0);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private TextDecoding() {}

    /** The text of a .txt or .md file. */
    static String decode(byte[] bytes) throws ImportException {
        return decode(bytes, text -> Optional.empty());
    }

    /**
     * The text of a file, consulting {@code declaredCharset} (given the bytes read as Windows-1252)
     * when there is no byte-order mark and the bytes are not UTF-8.
     */
    static String decode(byte[] bytes, Function<String, Optional<Charset>> declaredCharset) throws ImportException {
        String text = withoutCheck(bytes, declaredCharset);
        requireText(text);
        return withC1AsWindows1252(text);
    }

    private static String withoutCheck(byte[] bytes, Function<String, Optional<Charset>> declaredCharset) {
        if (startsWith(bytes, UTF8_BOM)) {
            return lenient(bytes, UTF8_BOM.length, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return lenient(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return lenient(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE);
        }
        return strictUtf8(bytes).orElseGet(() -> {
            String western = lenient(bytes, 0, WINDOWS_1252);
            return declaredCharset.apply(western)
                    .map(charset -> lenient(bytes, 0, charset))
                    .orElse(western);
        });
    }

    private static void requireText(String text) throws ImportException {
        long controls = text.chars().filter(c -> c < ' ' && !Character.isWhitespace(c)).count();
        if (text.indexOf('\0') >= 0 || controls * 100 > text.length()) {
            throw new ImportException(Reason.UNSUPPORTED_TYPE, "binary data");
        }
    }

    private static String withC1AsWindows1252(String text) {
        if (text.chars().noneMatch(TextDecoding::isC1)) {
            return text;
        }
        StringBuilder repaired = new StringBuilder(text.length());
        text.chars().forEach(c -> repaired.append(isC1(c) ? C1_IN_WINDOWS_1252.charAt(c - C1_START) : (char) c));
        return repaired.toString();
    }

    private static boolean isC1(int c) {
        return c >= C1_START && c < C1_START + C1_IN_WINDOWS_1252.length() && C1_IN_WINDOWS_1252.charAt(c - C1_START) != '\uFFFD';
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String windows1252Range(int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (from + i);
        }
        return new String(bytes, WINDOWS_1252);
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}
