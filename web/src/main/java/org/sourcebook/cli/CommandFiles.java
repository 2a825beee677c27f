package org.sourcebook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Reading a command's input file and writing its result, with failures as messages in the user's language. */
final class CommandFiles {

    private final Messages messages;

    CommandFiles(Messages messages) {
        this.messages = messages;
    }

    /**
     * Refuses a file over {@code limit} by its size, before reading it; reads at most one byte more
     * than the limit in any case (a file may grow, a device has no size), so memory stays bounded.
     */
    byte[] read(String file, long limit) throws CommandFailure {
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw CommandFailure.failed("cli.error.read", file, messages.get("cli.io.folder"));
            }
            if (Files.size(path) > limit) {
                throw CommandFailure.failed("cli.error.import", file, messages.get("cli.import.FILE_TOO_LARGE",
                        megabytes(Files.size(path)), megabytes(limit)));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            }
        } catch (NoSuchFileException | InvalidPathException missing) {
            throw CommandFailure.failed("cli.error.read", file, messages.get("cli.io.no-such-file"));
        } catch (IOException e) {
            throw CommandFailure.failed("cli.error.read", file, reason(e));
        }
    }

    String megabytes(long bytes) {
        return messages.get("cli.size.megabytes", bytes / (1024.0 * 1024.0));
    }

    /** Writes {@code bytes} to the file {@code output}, or to {@code out} when there is none. */
    void write(byte[] bytes, @Nullable String output, PrintStream out) throws CommandFailure {
        if (output == null) {
            out.write(bytes, 0, bytes.length);
            out.flush();
            if (out.checkError()) {
                throw CommandFailure.failed("cli.error.stdout");
            }
            return;
        }
        try {
            Path path = Path.of(output);
            if (Files.isDirectory(path)) {
                throw CommandFailure.failed("cli.error.write", output, messages.get("cli.io.folder"));
            }
            Files.write(path, bytes);
        } catch (NoSuchFileException | InvalidPathException missing) {
            throw CommandFailure.failed("cli.error.write", output, messages.get("cli.io.no-such-folder"));
        } catch (IOException e) {
            throw CommandFailure.failed("cli.error.write", output, reason(e));
        }
    }

    private String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return messages.get("cli.io.access-denied");
        }
        String reason = e instanceof FileSystemException system ? system.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }
}
