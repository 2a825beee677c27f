package org.sourcebook.ui.teacher.documents;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import org.sourcebook.source.importing.ImportException;
import org.sourcebook.source.importing.ImportLimits;
import org.sourcebook.ui.base.UploadTexts;
import org.sourcebook.ui.base.background.ServerPush;
import org.springframework.util.unit.DataSize;

/** The upload field for source files, and the translated messages about what went wrong. */
final class DocumentUploads {

    static final String[] ACCEPTED_TYPES = {".txt", ".md", ".html", ".pdf", ".docx"};

    private DocumentUploads() {}

    /**
     * An upload of one source file, refused (with a message) above the configured size limit. The
     * file list is cleared after each file, so the next one can be chosen right away.
     */
    static Upload sourceFileUpload(
            Component owner, ImportLimits limits, SerializableConsumer<ReceivedFile> received,
            SerializableConsumer<String> showError) {
        long max = limits.maxFileSize().toBytes();
        Upload upload = new Upload();
        ServerPush.whileAttached(upload);
        upload.setUploadHandler(new LimitedUploadHandler(max,
                file -> {
                    upload.clearFileList();
                    received.accept(file);
                },
                fileName -> {
                    upload.clearFileList();
                    showError.accept(tooLarge(owner, limits));
                }));
        upload.setAcceptedFileTypes(ACCEPTED_TYPES);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.addFileRejectedListener(event -> showError.accept(owner.getTranslation("documents.upload.rejected",
                String.join(", ", ACCEPTED_TYPES), size(limits.maxFileSize()))));
        upload.setI18n(UploadTexts.of(owner, "documents.upload.drop", "documents.upload.choose"));
        return upload;
    }

    /** "The file is larger than the limit of 10 MB." */
    static String tooLarge(Component owner, ImportLimits limits) {
        return owner.getTranslation("documents.upload.too-large", size(limits.maxFileSize()));
    }

    /** The translated reason a file could not be imported; never the exception's own message. */
    static String reason(Component owner, ImportException e) {
        return owner.getTranslation("documents.import.error." + e.reason().name(), e.arguments().toArray());
    }

    static String size(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

}
