package org.sourcebook.source.importing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Real files of each format, written by the same libraries teachers' tools resemble. */
final class TestFiles {

    private static final String CONTENT_TYPES = """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml"
             ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";
    private static final String RELATIONSHIPS = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Target="word/document.xml"
             Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
            </Relationships>""";

    private TestFiles() {}

    /** A one-page PDF; each inner list is a paragraph, each string a line, with a blank line between paragraphs. */
    static byte[] pdf(String title, String author, List<List<String>> paragraphs) {
        return pdf(document -> {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setAuthor(author);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.setLeading(14);
                content.newLineAtOffset(72, 700);
                for (List<String> lines : paragraphs) {
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.newLine();
                }
                content.endText();
            }
        });
    }

    /** A PDF whose only page shows an image: what a scanner produces, without text recognition. */
    static byte[] imageOnlyPdf() {
        return pdf(document -> {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, scan), 72, 600);
            }
        });
    }

    static byte[] passwordProtectedPdf() {
        byte[] plain = pdf("Secret", "Someone", List.of(List.of("Nobody may read this.")));
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx with core properties, paragraphs (the last with a footnote) and a table after them. */
    static byte[] docx(String title, String creator, List<String> paragraphs, String footnote, List<List<String>> table) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title);
            document.getProperties().getCoreProperties().setCreator(creator);
            paragraphs.forEach(text -> document.createParagraph().createRun().setText(text));
            addFootnote(document, footnote);
            XWPFTable cells = document.createTable(table.size(), table.get(0).size());
            for (int row = 0; row < table.size(); row++) {
                for (int column = 0; column < table.get(row).size(); column++) {
                    cells.getRow(row).getCell(column).setText(table.get(row).get(column));
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addFootnote(XWPFDocument document, String text) {
        XWPFFootnote footnote = document.createFootnote();
        footnote.createParagraph().createRun().setText(text);
        List<XWPFParagraph> paragraphs = document.getParagraphs();
        paragraphs.get(paragraphs.size() - 1).createRun().getCTR().addNewFootnoteReference().setId(footnote.getCTFtnEdn().getId());
    }

    /** {@code docx} encrypted with a password, as Word saves it: an OLE container, not a ZIP. */
    static byte[] passwordProtectedDocx(byte[] docx) {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                encrypted.write(docx);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An OLE container with a WordDocument stream: the outside of a Word 97-2003 .doc. */
    static byte[] legacyWordDocument() {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            container.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest .docx package around a given main part, {@code word/document.xml}. */
    static byte[] docxAround(byte[] documentXml) {
        return zip(Map.of("[Content_Types].xml", utf8(CONTENT_TYPES), "_rels/.rels", utf8(RELATIONSHIPS),
                "word/document.xml", documentXml));
    }

    /** A ZIP archive with these entries, deflated. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A ZIP archive with {@code count} empty entries besides word/document.xml. */
    static byte[] zipWithManyEntries(int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("word/media/part" + i + ".xml"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A .docx package whose main part inflates to {@code unpackedBytes} of spaces inside a valid
     * document element: a zip bomb, written in chunks so the test itself never holds it unpacked.
     */
    static byte[] docxBomb(int unpackedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(utf8(CONTENT_TYPES));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(utf8(RELATIONSHIPS));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(utf8("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int written = 0; written < unpackedBytes; written += spaces.length) {
                zip.write(spaces);
            }
            zip.write(utf8("</w:body></w:document>"));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The archive with every size in its data descriptors and central directory rewritten to 100 bytes. */
    static byte[] understatingSizes(byte[] zip) {
        byte[] lying = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= lying.length; i++) {
            int signature = buffer.getInt(i);
            if (signature == 0x02014b50) { // central directory header: uncompressed size at +24
                buffer.putInt(i + 24, 100);
            } else if (signature == 0x08074b50) { // data descriptor: uncompressed size at +12
                buffer.putInt(i + 12, 100);
            }
        }
        return lying;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private interface PdfContent {
        void write(PDDocument document) throws IOException;
    }

    private static byte[] pdf(PdfContent content) {
        try (PDDocument document = new PDDocument()) {
            content.write(document);
            return saved(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] saved(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
