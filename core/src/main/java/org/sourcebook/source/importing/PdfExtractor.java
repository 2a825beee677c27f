package org.sourcebook.source.importing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sourcebook.source.importing.ImportException.Reason;

/**
 * PDF through PDFBox: text in content order, one paragraph per paragraph PDFBox finds from the
 * layout (a larger gap or an indent) and per page. Lines inside a paragraph are joined, since a
 * PDF's line breaks are the page width, not the author's: a word hyphenated at a line end
 * ("exam-" + "ple") is joined without the hyphen when the next line starts in lower case, and
 * keeps it otherwise ("Nagorno-" + "Karabakh"); a soft hyphen is always dropped. Title and author
 * come from the document information.
 *
 * <p>A file without {@code %%EOF} in its last 1024 bytes is refused as damaged (cut off), as
 * Acrobat does, rather than imported in part. A PDF with no letters at all is most likely
 * scanned images; text recognition is not done.
 */
final class PdfExtractor implements Extractor {

    private static final String PARAGRAPH_END = "\u2029";
    private static final Pattern HYPHEN_THEN_LOWER = Pattern.compile("(?<=\\p{L})-[ \\t]*\\n[ \\t]*(?=\\p{Ll})");
    private static final Pattern HYPHEN_THEN_OTHER = Pattern.compile("(?<=\\p{L})-[ \\t]*\\n[ \\t]*");
    private static final Pattern SOFT_HYPHEN = Pattern.compile("\u00AD[ \\t]*\\n[ \\t]*");
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");
    private static final int EOF_WINDOW = 1024;

    private final ImportLimits limits;

    PdfExtractor(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public Extraction extract(byte[] bytes) throws ImportException {
        requireEndMarker(bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Paragraphs paragraphs = new Paragraphs();
            for (String paragraph : strippedText(document).split(PARAGRAPH_END)) {
                paragraphs.add(unwrapped(paragraph));
            }
            String text = paragraphs.text();
            if (text.codePoints().noneMatch(Character::isLetter)) {
                throw new ImportException(Reason.NO_TEXT_IN_PDF);
            }
            PDDocumentInformation information = document.getDocumentInformation();
            return new Extraction(text, information.getTitle(), information.getAuthor());
        } catch (InvalidPasswordException e) {
            throw new ImportException(Reason.ENCRYPTED);
        } catch (IOException e) {
            throw new ImportException(Reason.DAMAGED, DocumentFormat.PDF.description());
        }
    }

    private String strippedText(PDDocument document) throws IOException, ImportException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setParagraphStart("");
        stripper.setParagraphEnd(PARAGRAPH_END);
        stripper.setPageStart("");
        stripper.setPageEnd(PARAGRAPH_END);
        BoundedWriter text = new BoundedWriter(limits.maxTextLength());
        try {
            stripper.writeText(document, text);
        } catch (BoundedWriter.LimitReached e) {
            throw new ImportException(Reason.TEXT_TOO_LONG, String.valueOf(limits.maxTextLength()));
        }
        return text.toString();
    }

    static String unwrapped(String paragraph) {
        String text = SOFT_HYPHEN.matcher(paragraph.strip()).replaceAll("");
        text = HYPHEN_THEN_LOWER.matcher(text).replaceAll("");
        text = HYPHEN_THEN_OTHER.matcher(text).replaceAll("-");
        return LINE_BREAK.matcher(text).replaceAll(" ");
    }

    private static void requireEndMarker(byte[] bytes) throws ImportException {
        int from = Math.max(0, bytes.length - EOF_WINDOW);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw new ImportException(Reason.DAMAGED, DocumentFormat.PDF.description());
        }
    }

    /** Collects text up to a number of characters, then stops the extraction. */
    private static final class BoundedWriter extends Writer {

        private final StringBuilder text = new StringBuilder();
        private final int limit;

        BoundedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws LimitReached {
            if (text.length() + length > limit) {
                throw new LimitReached();
            }
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }

        /** Thrown through PDFBox, which lets IOExceptions from the writer pass. */
        static final class LimitReached extends IOException {}
    }
}
