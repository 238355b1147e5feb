package io.rayonne.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The words of Vaadin's upload in the user's language, for photos and documents alike. */
public final class UploadTexts {

    private UploadTexts() {}

    public static UploadI18N of(
            Component context, String add, String drop, String wrongType, long maxBytes, int maxFiles) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(context.getTranslation("media.upload.too-many", maxFiles))
                .setFileIsTooBig(context.getTranslation("media.rejected.too-large", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(wrongType));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(context.getTranslation("media.upload.connecting"))
                        .setStalled(context.getTranslation("media.upload.stalled"))
                        .setProcessing(context.getTranslation("media.upload.processing"))
                        .setHeld(context.getTranslation("media.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(context.getTranslation("media.upload.remaining"))
                        .setUnknown(context.getTranslation("media.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(context.getTranslation("media.upload.server-unavailable"))
                        .setUnexpectedServerError(context.getTranslation("media.upload.server-error"))
                        .setForbidden(context.getTranslation("media.upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("o", "ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(context.getTranslation("media.upload.retry"))
                .setStart(context.getTranslation("media.upload.start"))
                .setRemove(context.getTranslation("media.upload.remove")));
        return i18n;
    }
}
