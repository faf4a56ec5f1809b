package org.jwc.secretariat.minutes;

/** What a signed document's file is, as its bytes show: the only two formats the register keeps. */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String contentType;
    private final String extension;

    DocumentType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose content type this is; the register stores no other. */
    static DocumentType ofContentType(String contentType) {
        for (var type : values()) {
            if (type.contentType.equals(contentType)) {
                return type;
            }
        }
        throw new IllegalArgumentException(contentType);
    }
}
