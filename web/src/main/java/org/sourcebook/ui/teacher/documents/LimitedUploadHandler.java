package org.sourcebook.ui.teacher.documents;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Receives an upload in memory, counting bytes as they arrive and stopping as soon as the file
 * is larger than the limit: the browser's own limit can be bypassed, this one cannot. Runs outside
 * the UI lock; the outcome is handed to the UI through {@link UI#access}.
 */
final class LimitedUploadHandler implements UploadHandler {

    private final long maxBytes;
    private final SerializableConsumer<ReceivedFile> received;
    private final SerializableConsumer<@Nullable String> tooLarge;

    LimitedUploadHandler(
            long maxBytes, SerializableConsumer<ReceivedFile> received, SerializableConsumer<@Nullable String> tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        String contentType = event.getContentType();
        byte[] bytes = event.getFileSize() > maxBytes ? null : readAtMost(event.getInputStream(), maxBytes);
        event.getUI().access(() -> {
            if (bytes == null) {
                tooLarge.accept(fileName);
            } else {
                received.accept(new ReceivedFile(fileName, contentType, bytes));
            }
        });
    }

    /** The stream's bytes, or null as soon as there are more than {@code max}. */
    static byte @Nullable [] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
