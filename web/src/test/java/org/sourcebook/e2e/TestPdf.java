package org.sourcebook.e2e;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A real PDF as teachers upload them: pages of text and a photograph-sized picture, which is what
 * makes most PDFs larger than a megabyte. The picture is noise, so it does not compress.
 */
final class TestPdf {

    private static final float MARGIN = 56;
    private static final float LEADING = 15;
    private static final int LINE_CHARACTERS = 88;

    private TestPdf() {}

    /** {@code text} (paragraphs separated by blank lines) on A4 pages, then a picture of {@code pictureBytes} raw bytes. */
    static byte[] withTextAndPicture(String text, int pictureBytes) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = lines(ascii(text));
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                writePage(pdf, font, lines.subList(start, Math.min(lines.size(), start + perPage)));
            }
            addPicture(pdf, pictureBytes);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static void writePage(PDDocument pdf, PDType1Font font, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(font, 11);
            content.setLeading(LEADING);
            content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }

    private static void addPicture(PDDocument pdf, int pictureBytes) throws IOException {
        int side = (int) Math.ceil(Math.sqrt(pictureBytes / 3.0));
        BufferedImage noise = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(26_02_1992);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(pdf, noise);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawImage(image, MARGIN, MARGIN, PDRectangle.A4.getWidth() - 2 * MARGIN, PDRectangle.A4.getWidth() - 2 * MARGIN);
        }
    }

    /** Lines of at most {@link #LINE_CHARACTERS}, a blank line between paragraphs. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (line.length() + word.length() + 1 > LINE_CHARACTERS) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            lines.add(line.toString());
            lines.add("");
        }
        return lines;
    }

    /** The standard Helvetica font knows Latin-1 only: typographic quotes and dashes become plain ones, accents go. */
    private static String ascii(String text) {
        String plain = text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-');
        return Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E\\n]", "");
    }
}
