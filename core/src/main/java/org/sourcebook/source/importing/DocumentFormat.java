package org.sourcebook.source.importing;

/** The formats Sourcebook imports, with the media type recorded for the stored file. */
public enum DocumentFormat {
    TEXT("text/plain", "text"),
    MARKDOWN("text/markdown", "Markdown"),
    HTML("text/html", "HTML"),
    PDF("application/pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document (.docx)");

    private final String mediaType;
    private final String description;

    DocumentFormat(String mediaType, String description) {
        this.mediaType = mediaType;
        this.description = description;
    }

    public String mediaType() {
        return mediaType;
    }

    /** How messages name the format: "the file could not be read as {description}". */
    public String description() {
        return description;
    }
}
