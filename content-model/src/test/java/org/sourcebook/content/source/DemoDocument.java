package org.sourcebook.content.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The product's demo document, a copy of {@code shared/seed/khojaly-29th-anniversary.txt}. */
final class DemoDocument {

    private DemoDocument() {}

    static String text() {
        try (InputStream in = DemoDocument.class.getResourceAsStream("/seed/khojaly-29th-anniversary.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
