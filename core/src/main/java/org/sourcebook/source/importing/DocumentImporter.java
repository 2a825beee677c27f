package org.sourcebook.source.importing;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.TextNormalization;
import org.sourcebook.source.importing.ImportException.Reason;

/**
 * Imports one uploaded file: checks its size, detects its format from the content
 * ({@link FormatDetection}), extracts its text with paragraphs kept and normalizes it. Pure and
 * thread-safe: it stores nothing, so a failed import changes nothing.
 *
 * <p>Whatever the bytes, the only exception thrown is {@link ImportException}: parser failures
 * become {@link Reason#DAMAGED}, including a stack overflow on absurdly nested input and a codec
 * the file asks for that is not installed (logged as a warning).
 */
public class DocumentImporter {

    private static final Logger log = LoggerFactory.getLogger(DocumentImporter.class);
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\uFEFF&&[^\\n\\t\\r]]");
    private static final Pattern DIRECTION_CONTROLS = Pattern.compile("[\u200E\u200F\u202A-\u202E\u2066-\u2069]");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,8}$");
    private static final Extractor PLAIN_TEXT = bytes -> Extraction.of(TextDecoding.decode(bytes));

    private final ImportLimits limits;
    private final PdfExtractor pdf;
    private final DocxExtractor docx;
    private final HtmlExtractor html = new HtmlExtractor();
    private final MarkdownExtractor markdown = new MarkdownExtractor();

    public DocumentImporter(ImportLimits limits) {
        this.limits = limits;
        this.pdf = new PdfExtractor(limits);
        this.docx = new DocxExtractor(limits);
    }

    /**
     * @param bytes the file's content
     * @param fileName the name it was uploaded with, if known; used only to tell Markdown and HTML
     *     from plain text, and as a fallback title
     * @param contentType the declared media type, if any; used like the name
     * @throws ImportException with a reason and a message to show, for any file that cannot be imported
     */
    public ImportedDocument importFile(byte[] bytes, @Nullable String fileName, @Nullable String contentType)
            throws ImportException {
        requireSize(bytes);
        DocumentFormat format = FormatDetection.detect(bytes, fileName, contentType);
        Extraction extraction = extract(format, bytes);
        String text = cleaned(extraction.text());
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new ImportException(Reason.NO_TEXT);
        }
        if (text.length() > limits.maxTextLength()) {
            throw new ImportException(Reason.TEXT_TOO_LONG, String.valueOf(limits.maxTextLength()));
        }
        return new ImportedDocument(text, format, metadata(extraction, fileName, text));
    }

    public ImportLimits limits() {
        return limits;
    }

    private void requireSize(byte[] bytes) throws ImportException {
        if (bytes.length > limits.maxFileSize().toBytes()) {
            throw new ImportException(Reason.FILE_TOO_LARGE,
                    Sizes.describeAtLeast(bytes.length), Sizes.describe(limits.maxFileSize().toBytes()));
        }
        if (bytes.length == 0) {
            throw new ImportException(Reason.EMPTY_FILE);
        }
    }

    private Extraction extract(DocumentFormat format, byte[] bytes) throws ImportException {
        Extractor extractor = switch (format) {
            case PDF -> pdf;
            case DOCX -> docx;
            case HTML -> html;
            case MARKDOWN -> markdown;
            case TEXT -> PLAIN_TEXT;
        };
        try {
            return extractor.extract(bytes);
        } catch (RuntimeException | StackOverflowError e) {
            log.debug("The {} parser failed", format, e);
            throw new ImportException(Reason.DAMAGED, format.description());
        } catch (LinkageError e) {
            log.warn("The {} parser needs a class that is not installed", format, e);
            throw new ImportException(Reason.DAMAGED, format.description());
        }
    }

    /**
     * Normal form, without outer whitespace, control characters or byte-order marks (which are
     * invisible, and which normalizing would otherwise remove later, shifting every offset); form
     * feeds become line breaks.
     */
    private static String cleaned(String text) {
        String visible = INVISIBLE.matcher(text.replace('\f', '\n')).replaceAll("");
        return TextNormalization.normalize(visible).strip();
    }

    /**
     * The title is the document's own: the one its format carries (HTML title, first heading,
     * PDF or Word properties), else its first line when that reads as a heading, else the opening
     * words of its first sentence; the file name only when the text has no words at all (a
     * teacher's "scan_0042.pdf" says nothing to students).
     */
    private static DocumentMetadata metadata(Extraction extraction, @Nullable String fileName, String text) {
        String title = firstNonBlank(extraction.title(), headingLine(text), openingWords(text), nameWithoutExtension(fileName));
        return new DocumentMetadata(title, firstNonBlank(extraction.author()), null, null, null, null, null);
    }

    /** The first line when it reads as a heading: short, and not ending like a sentence. */
    private static @Nullable String headingLine(String text) {
        String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
        boolean heading = !first.isEmpty() && first.split("\\s+").length <= 15 && !first.matches(".*[.,;:]$");
        return heading ? first.replaceFirst("^#+\\s*", "") : null;
    }

    /** The first eight words of the text's first sentence, with an ellipsis if the sentence goes on. */
    private static @Nullable String openingWords(String text) {
        String sentence = text.strip().split("(?<=[.!?])\\s+", 2)[0].replaceAll("[.!?]+$", "");
        String[] words = sentence.split("\\s+", 9);
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        String opening = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(8, words.length)));
        return words.length > 8 ? opening.replaceAll("[,;:]$", "") + "…" : opening;
    }

    private static @Nullable String nameWithoutExtension(@Nullable String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        // a direction override in a file name only ever disguises it (exe.txt shown as txt.exe)
        return EXTENSION.matcher(DIRECTION_CONTROLS.matcher(name).replaceAll("")).replaceFirst("");
    }

    /** The first candidate with text, cleaned, on one line and shortened to a title's length. */
    private static String firstNonBlank(@Nullable String... candidates) {
        for (String candidate : candidates) {
            String line = candidate == null ? "" : cleaned(candidate).replaceAll("\\s+", " ");
            if (!line.isEmpty()) {
                return shortened(line);
            }
        }
        return "";
    }

    private static String shortened(String line) {
        int end = DocumentMetadata.MAX_TITLE_LENGTH - 1;
        if (line.length() <= end + 1) {
            return line;
        }
        end -= Character.isHighSurrogate(line.charAt(end - 1)) ? 1 : 0;
        return line.substring(0, end).strip() + "…";
    }
}
