package org.jwc.secretariat.communique.past.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.UploadTexts;
import org.jwc.secretariat.communique.past.PastCommuniqueImport;
import org.jwc.secretariat.i18n.Language;

/**
 * Where the past text comes in: its language (one of the two official ones), pasted into the text
 * area or uploaded as a UTF-8 text file, which fills the text area so the user sees what is read.
 * Bytes that are not UTF-8 text decode to replacement characters, which the parser refuses as binary.
 */
class PastImportInput extends VerticalLayout {

    private final Select<Language> language = new Select<>();
    private final TextArea text = new TextArea();
    private final Upload upload;
    private final FormErrors errors;
    private final BiConsumer<String, Language> preview;

    /** @param preview reads the text in the language; a refusal it throws shows on the field it names */
    PastImportInput(Language initial, BiConsumer<String, Language> preview) {
        this.preview = preview;
        language.setLabel(getTranslation("communique.import.field.language"));
        language.setItems(Language.VI, Language.ZH);
        language.setItemLabelGenerator(l -> getTranslation("language.native." + l.name()));
        language.setValue(initial == Language.ZH ? Language.ZH : Language.VI);
        language.addClassName("import-language");
        text.setLabel(getTranslation("communique.import.field.text"));
        text.addClassName("import-text");
        text.setWidthFull();
        text.setMaxHeight("24rem");
        upload = new Upload(receiver());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PastCommuniqueImport.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/plain", ".txt");
        var texts = UploadTexts.of(this);
        texts.getError().setIncorrectFileType(getTranslation("communique.import.error.fileType"));
        upload.setI18n(texts);
        upload.addFileRejectedListener(e -> refused(e.getErrorMessage()));
        upload.addClassName("import-upload");
        var run = new Button(getTranslation("communique.import.action.preview"), e -> read(text.getValue()));
        run.addClassName("import-preview-button");
        run.addThemeVariants(ButtonVariant.PRIMARY);
        errors = new FormErrors(Map.of("text", text, "language", language));
        add(language, text, new NativeLabel(getTranslation("communique.import.field.upload")), upload, run);
        setPadding(false);
    }

    /** Runs on the upload's own request: reads one byte past the limit, then hands the bytes to the UI. */
    private UploadHandler receiver() {
        return event -> {
            byte[] read;
            try (var in = event.getInputStream()) {
                read = in.readNBytes(PastCommuniqueImport.MAX_FILE_BYTES + 1);
            }
            event.getUI().access(() -> received(read));
        };
    }

    private void received(byte[] read) {
        upload.clearFileList();
        if (read.length > PastCommuniqueImport.MAX_FILE_BYTES) {
            refused(getTranslation("communique.import.error.tooLong", PastCommuniqueImport.MAX_LENGTH));
            return;
        }
        var decoded = new String(read, StandardCharsets.UTF_8);
        // A binary file is refused as such, without its bytes shown as text.
        if (decoded.indexOf('\uFFFD') < 0 && decoded.indexOf('\0') < 0) {
            text.setValue(decoded);
        }
        read(decoded);
    }

    private void read(String input) {
        errors.save(() -> {
            preview.accept(input, language.getValue());
            return true;
        });
    }

    private void refused(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    Language language() {
        return language.getValue();
    }
}
