package org.sourcebook.source.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code sourcebook.import}: how big a file, and what it unpacks to, may be. The
 * .docx limits are checked while unpacking, before the document is parsed, so a zip bomb fails
 * after reading at most {@code maxUnzippedSize} bytes. {@code maxTextLength} bounds the text
 * extracted from any format (a small PDF can draw a great deal of text).
 */
@ConfigurationProperties("sourcebook.import")
public record ImportLimits(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("50MB") DataSize maxUnzippedSize,
        @DefaultValue("1000") int maxZipEntries,
        @DefaultValue("10000000") int maxTextLength) {

    public static final ImportLimits DEFAULTS =
            new ImportLimits(DataSize.ofMegabytes(10), DataSize.ofMegabytes(50), 1000, 10_000_000);

    public ImportLimits {
        if (maxFileSize.toBytes() <= 0 || maxUnzippedSize.toBytes() <= 0 || maxZipEntries <= 0 || maxTextLength <= 0) {
            throw new IllegalArgumentException("Import limits must be positive");
        }
    }
}
