package org.jwc.secretariat.export;

import java.util.Locale;

/** The formats a reader downloads: DOCX to edit and print, PDF as the fixed form. */
public enum ExportFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** "docx" or "pdf", for a file name. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The document in this format; a character the PDF font cannot draw is refused (UnprintableCharacterException). */
    public byte[] write(ExportDocument document) {
        return this == DOCX ? new DocxExport().toBytes(document) : new PdfExport().toBytes(document);
    }
}
