package org.sourcebook.exchange.items;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats items go out in, and for some also come in in.
 *
 * @param cliName how the command line and file names call it ({@code --to gift})
 * @param fileExtension the extension of an exported file, with its dot
 * @param mediaType the exported file's content type
 * @param importable whether the question bank imports this format
 */
public enum ItemFormat {
    /** Moodle's GIFT text format. */
    GIFT("gift", ".gift.txt", "text/plain; charset=UTF-8", true),
    /** Moodle's XML question format. */
    MOODLE_XML("moodle-xml", ".moodle.xml", "application/xml", true),
    /** IMS/1EdTech QTI 3.0 items with an {@code imsmanifest.xml}, zipped as a content package. */
    QTI("qti", ".qti.zip", "application/zip", false),
    /** Anki's text import format (notes of the Basic and Cloze note types). */
    ANKI("anki", ".anki.txt", "text/plain; charset=UTF-8", false),
    /** Sourcebook's own lossless JSON bundle. */
    JSON("json", ".sourcebook.json", "application/json", true);

    private final String cliName;
    private final String fileExtension;
    private final String mediaType;
    private final boolean importable;

    ItemFormat(String cliName, String fileExtension, String mediaType, boolean importable) {
        this.cliName = cliName;
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
        this.importable = importable;
    }

    public String cliName() {
        return cliName;
    }

    public String fileExtension() {
        return fileExtension;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean importable() {
        return importable;
    }

    /** The format called {@code name} on the command line, ignoring case. */
    public static Optional<ItemFormat> byCliName(String name) {
        return Arrays.stream(values()).filter(format -> format.cliName.equalsIgnoreCase(name)).findFirst();
    }
}
