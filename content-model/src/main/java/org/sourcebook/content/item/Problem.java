package org.sourcebook.content.item;

import java.util.Objects;

/**
 * Something wrong with an item, lesson or answer, found without throwing.
 *
 * @param code stable kebab-case key; the UI translates by it, so codes never change meaning
 * @param message English text for logs, tests and as the fallback translation
 */
public record Problem(String code, String message) {

    public Problem {
        Objects.requireNonNull(code, "a problem needs a code");
        Objects.requireNonNull(message, "a problem needs a message");
    }
}
