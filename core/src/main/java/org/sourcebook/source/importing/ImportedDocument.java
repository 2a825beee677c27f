package org.sourcebook.source.importing;

import org.sourcebook.content.source.DocumentMetadata;

/**
 * The result of an import: text in the normal form of {@code TextNormalization}, paragraphs
 * separated by blank lines, ready for {@code DocumentVersion.of}; the detected format; and
 * metadata found in the file. The title is the file's own (HTML title, first heading, PDF or
 * .docx properties), else the file name without extension, else the first line of the text.
 */
public record ImportedDocument(String text, DocumentFormat format, DocumentMetadata metadata) {}
