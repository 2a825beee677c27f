package org.sourcebook.content.item;

/**
 * Identifies an option, a matching pair or an ordering entry within one question. Responses and
 * shuffled displays refer to these ids, never to positions, so reordering or shuffling options
 * cannot change what an answer means.
 */
public record OptionId(String value) {

    public OptionId {
        if (value.isBlank() || !value.strip().equals(value)) {
            throw new IllegalArgumentException("An option id must be non-blank without surrounding spaces, was '" + value + "'");
        }
    }

    public static OptionId of(String value) {
        return new OptionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
