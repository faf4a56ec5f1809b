package org.jwc.secretariat.minutes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.UploadTexts;
import org.jwc.secretariat.minutes.DocumentType;
import org.jwc.secretariat.minutes.SignedDocumentService;

/**
 * The file of a document to register. The upload is read into memory up to one byte past the
 * limit, whatever the browser claims, and checked by the service at once, so that the host learns
 * what is wrong before filling in the rest; a refused file is dropped. Refusals show under it,
 * like a field's.
 */
class DocumentUpload extends VerticalLayout implements HasValidation {

    private final SignedDocumentService documents;
    private final long meetingId;
    private final Upload upload;
    private final Span status = new Span();
    private @Nullable String fileName;
    private byte @Nullable [] bytes;
    /** What the check found out about the file taken, shown when no refusal is. */
    private String checked = "";
    private String errorMessage = "";
    private boolean invalid;

    DocumentUpload(SignedDocumentService documents, long meetingId) {
        this.documents = documents;
        this.meetingId = meetingId;
        var max = documents.maxBytes();
        upload = new Upload(receiver((int) Math.min(max + 1, Integer.MAX_VALUE - 8)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(max, Integer.MAX_VALUE));
        // A first filter in the file chooser; what counts is the content, checked by the service.
        upload.setAcceptedFileTypes(DocumentType.PDF.contentType(), ".pdf", DocumentType.DOCX.contentType(), ".docx");
        upload.setI18n(UploadTexts.of(this));
        upload.addFileRejectedListener(e -> refused(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> clear());
        upload.setWidthFull();
        status.addClassName("upload-status");
        var label = new NativeLabel(getTranslation("documents.field.upload", megabytes(max)));
        add(label, upload, status);
        setPadding(false);
        setSpacing(false);
        addClassName("document-upload");
    }

    /** Runs on the upload's own request: reads within the bound, then hands the bytes to the UI. */
    private UploadHandler receiver(int bound) {
        return event -> {
            byte[] read;
            try (var in = event.getInputStream()) {
                read = in.readNBytes(bound);
            }
            var name = event.getFileName();
            event.getUI().access(() -> received(name, read));
        };
    }

    private void received(String name, byte[] read) {
        clear();
        try {
            var type = documents.checkFile(meetingId, name, new ByteArrayInputStream(read));
            fileName = name;
            bytes = read;
            checked = getTranslation("documents.file.checked", name, type.name(), SignedDocumentsPanel.size(this, read.length));
            status.setText(checked);
        } catch (RefusedException e) {
            upload.clearFileList();
            refused(ErrorHandling.translate(e, getUI().orElseThrow()));
        } catch (RuntimeException e) {
            upload.clearFileList();
            refused(ErrorHandling.messageFor(e, getUI().orElseThrow()));
        }
    }

    private void refused(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    private void clear() {
        fileName = null;
        bytes = null;
        checked = "";
        setInvalid(false);
    }

    @Nullable String fileName() {
        return fileName;
    }

    /** The file's bytes as received; empty when none was taken, which registering refuses on this field. */
    InputStream content() {
        return new ByteArrayInputStream(bytes == null ? new byte[0] : bytes);
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        showStatus();
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        showStatus();
    }

    private void showStatus() {
        status.setText(invalid ? errorMessage : checked);
        status.getElement().getClassList().set("error", invalid);
        if (invalid) {
            status.getStyle().setColor("var(--lumo-error-text-color)");
        } else {
            status.getStyle().remove("color");
        }
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
