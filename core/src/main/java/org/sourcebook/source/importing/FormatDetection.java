package org.sourcebook.source.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;
import org.sourcebook.source.importing.ImportException.Reason;

/**
 * Decides a file's format from its content; the name and declared type only choose between the
 * text formats when the content cannot (Markdown looks like plain text). So a PDF named .txt is a
 * PDF, and an HTML page named .md is HTML.
 *
 * <p>PDF starts with {@code %PDF-}. A ZIP archive is handed to the .docx reader, which refuses it
 * unless it holds {@code word/document.xml}. Legacy Office files (OLE), images and other binary
 * data are refused with a name for what they seem to be. HTML is recognised by a doctype or an
 * {@code html}, {@code head} or {@code body} tag at the start (after a byte-order mark, whitespace,
 * comments or an XML declaration).
 */
final class FormatDetection {

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] ZIP = ascii("PK\u0003\u0004");
    private static final byte[] EMPTY_ZIP = ascii("PK\u0005\u0006");
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Map<String, byte[]> KNOWN_BINARIES = Map.of(
            "a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "a GIF image", ascii("GIF8"),
            "an RTF document; save it as .docx", ascii("{\\rtf"),
            "a compressed (gzip) file", new byte[] {0x1F, (byte) 0x8B},
            "an executable program", new byte[] {0x7F, 'E', 'L', 'F'},
            "an empty ZIP archive", EMPTY_ZIP);
    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*+(?:<\\?xml[^>]*+>\\s*+)?+(?:<!--(?:(?!-->).)*+-->\\s*+)*+<(?:!doctype\\s+html|html|head|body)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int HTML_SNIFF_LENGTH = 4096;

    private FormatDetection() {}

    static DocumentFormat detect(byte[] bytes, @Nullable String fileName, @Nullable String contentType) throws ImportException {
        if (TextDecoding.startsWith(bytes, PDF)) {
            return DocumentFormat.PDF;
        }
        if (TextDecoding.startsWith(bytes, ZIP)) {
            return DocumentFormat.DOCX;
        }
        if (TextDecoding.startsWith(bytes, OLE)) {
            throw legacyOffice(bytes);
        }
        for (Map.Entry<String, byte[]> binary : KNOWN_BINARIES.entrySet()) {
            if (TextDecoding.startsWith(bytes, binary.getValue())) {
                throw new ImportException(Reason.UNSUPPORTED_TYPE, binary.getKey());
            }
        }
        return textFormat(TextDecoding.decode(bytes), fileName, contentType);
    }

    private static DocumentFormat textFormat(String text, @Nullable String fileName, @Nullable String contentType) {
        if (looksLikeHtml(text)) {
            return DocumentFormat.HTML;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".md") || name.endsWith(".markdown") || type.startsWith("text/markdown")) {
            return DocumentFormat.MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || type.startsWith("text/html")
                || type.startsWith("application/xhtml+xml")) {
            return DocumentFormat.HTML;
        }
        return DocumentFormat.TEXT;
    }

    static boolean looksLikeHtml(String text) {
        String start = text.substring(0, Math.min(text.length(), HTML_SNIFF_LENGTH));
        return HTML_START.matcher(start.startsWith("\uFEFF") ? start.substring(1) : start).find();
    }

    private static ImportException legacyOffice(byte[] bytes) {
        try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (ole.getRoot().hasEntry("EncryptedPackage")) {
                return new ImportException(Reason.ENCRYPTED);
            }
        } catch (IOException | RuntimeException e) {
            return new ImportException(Reason.UNSUPPORTED_TYPE, "a damaged legacy Office file");
        }
        return new ImportException(Reason.UNSUPPORTED_TYPE, "a Word 97-2003 (.doc) or other legacy Office file; save it as .docx");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
