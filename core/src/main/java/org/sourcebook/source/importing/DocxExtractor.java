package org.sourcebook.source.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.sourcebook.source.importing.ImportException.Reason;

/**
 * Word .docx through POI: the body's paragraphs in order, each table cell's paragraphs as
 * paragraphs of their own, content controls as text, then footnotes and endnotes as paragraphs at
 * the end. Tracked changes read as accepted (deleted runs are left out). Note reference marks are
 * left out of the running text (a superscript "1" would read as part of a word), and so are
 * headers, footers and comments: page furniture and remarks, not the document. Title and author
 * come from the core properties. The archive is unpacked within the limits first
 * ({@link ZipInspection}).
 */
final class DocxExtractor implements Extractor {

    private static final String MAIN_PART = "word/document.xml";
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(footnoteRef|endnoteRef):\\d+]");

    private final ImportLimits limits;

    DocxExtractor(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public Extraction extract(byte[] bytes) throws ImportException {
        if (!ZipInspection.entryNames(bytes, limits).contains(MAIN_PART)) {
            throw new ImportException(Reason.UNSUPPORTED_TYPE, "a ZIP archive that is not a Word document (.docx)");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Paragraphs paragraphs = new Paragraphs();
            addBody(document, paragraphs);
            document.getFootnotes().forEach(note -> addBody(note, paragraphs));
            document.getEndnotes().forEach(note -> addBody(note, paragraphs));
            POIXMLProperties.CoreProperties properties = document.getProperties().getCoreProperties();
            return new Extraction(paragraphs.text(), properties.getTitle(), properties.getCreator());
        } catch (IOException e) {
            throw new ImportException(Reason.DAMAGED, DocumentFormat.DOCX.description());
        }
    }

    private static void addBody(IBody body, Paragraphs paragraphs) {
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(text(paragraph));
            } else if (element instanceof XWPFTable table) {
                addTable(table, paragraphs);
            } else if (element instanceof XWPFSDT control) {
                paragraphs.add(control.getContent().getText());
            }
        }
    }

    /** The paragraph's text as Word shows it with changes accepted: no deleted runs, no note marks. */
    private static String text(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run && run.getCTR().sizeOfDelTextArray() == 0) {
                text.append(NOTE_REFERENCE.matcher(run.text()).replaceAll(""));
            } else if (element instanceof XWPFSDT control) {
                text.append(control.getContent().getText());
            }
        }
        return text.toString();
    }

    private static void addTable(XWPFTable table, Paragraphs paragraphs) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                addBody(cell, paragraphs);
            }
        }
    }
}
