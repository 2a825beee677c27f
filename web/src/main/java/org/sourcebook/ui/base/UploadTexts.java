package org.sourcebook.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The texts of an upload field in the person's language. The upload component's own error texts
 * ("Upload forbidden", "Server Unavailable") name no cause and no way out; these say what to check.
 */
public final class UploadTexts {

    private UploadTexts() {}

    /** Texts with {@code dropKey} and {@code chooseKey} for the drop zone and the button, and errors that say what to do. */
    public static UploadI18N of(Component owner, String dropKey, String chooseKey) {
        UploadI18N i18n = new UploadI18N();
        String drop = owner.getTranslation(dropKey);
        String choose = owner.getTranslation(chooseKey);
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(choose).setMany(choose));
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setForbidden(owner.getTranslation("upload.error.refused"))
                .setServerUnavailable(owner.getTranslation("upload.error.server"))
                .setUnexpectedServerError(owner.getTranslation("upload.error.server"))));
        return i18n;
    }
}
