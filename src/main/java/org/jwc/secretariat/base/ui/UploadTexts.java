package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** Vaadin's Upload speaks English by itself: its buttons, states and errors in the reader's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component component) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(component.getTranslation("upload.addFile"))
                .setMany(component.getTranslation("upload.addFile")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(component.getTranslation("upload.dropFile"))
                .setMany(component.getTranslation("upload.dropFile")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(component.getTranslation("upload.error.tooManyFiles"))
                .setFileIsTooBig(component.getTranslation("upload.error.tooBig"))
                .setIncorrectFileType(component.getTranslation("upload.error.wrongType")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(component.getTranslation("upload.file.retry"))
                .setStart(component.getTranslation("upload.file.start"))
                .setRemove(component.getTranslation("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(component.getTranslation("upload.status.connecting"))
                        .setStalled(component.getTranslation("upload.status.stalled"))
                        .setProcessing(component.getTranslation("upload.status.processing"))
                        .setHeld(component.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(component.getTranslation("upload.remainingTime") + " ")
                        .setUnknown(component.getTranslation("upload.remainingTime.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(component.getTranslation("upload.error.serverUnavailable"))
                        .setUnexpectedServerError(component.getTranslation("upload.error.failed"))
                        .setForbidden(component.getTranslation("upload.error.forbidden"))
                        .setFileTooLarge(component.getTranslation("upload.error.tooBig"))));
        return i18n;
    }
}
