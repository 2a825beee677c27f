package org.sourcebook.source.importing;

/** Reads one format. May throw parser runtime exceptions; {@link DocumentImporter} wraps them. */
interface Extractor {

    Extraction extract(byte[] bytes) throws ImportException;
}
