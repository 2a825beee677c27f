package org.sourcebook.source;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What is kept about an uploaded file: its name, detected type and size.
 *
 * @param name the name it was uploaded with, made safe to store and show: only the part after the
 *     last {@code /} or {@code \}, without control characters or Unicode direction overrides (which
 *     can make {@code exe.txt} read as {@code txt.exe}), at most {@link #MAX_NAME_LENGTH} characters;
 *     null if nothing is left
 */
public record StoredFile(@Nullable String name, String type, long byteSize) {

    /** The length of the file name column. */
    public static final int MAX_NAME_LENGTH = 255;

    private static final int MAX_EXTENSION_LENGTH = 16;
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    public StoredFile {
        name = safeName(name);
    }

    private static @Nullable String safeName(@Nullable String uploaded) {
        if (uploaded == null) {
            return null;
        }
        String lastSegment = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        String visible = UNSAFE.matcher(lastSegment).replaceAll("").strip();
        return visible.isEmpty() ? null : shortened(visible);
    }

    /** At most {@link #MAX_NAME_LENGTH} characters, keeping a short extension so the type still shows. */
    private static String shortened(String name) {
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH ? name.substring(dot) : "";
        int end = MAX_NAME_LENGTH - extension.length();
        end -= Character.isHighSurrogate(name.charAt(end - 1)) ? 1 : 0;
        return name.substring(0, end) + extension;
    }
}
