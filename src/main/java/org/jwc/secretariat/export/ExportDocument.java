package org.jwc.secretariat.export;

import java.util.List;
import java.util.Objects;
import org.jwc.secretariat.i18n.Language;

/**
 * A document to export, in one language: a title and its blocks, in reading order. It knows
 * nothing of minutes or communiqués; their modules build one and hand it to {@link DocxExport} or
 * {@link PdfExport}. Texts are kept in Unicode NFC, so a Vietnamese letter typed as a base letter
 * and combining marks is written, and later searched or compared, as the one character it is.
 */
public record ExportDocument(Language language, String title, List<Block> blocks) {

    public ExportDocument {
        Objects.requireNonNull(language, "An exported document needs a language");
        title = Texts.required("title", title);
        if (title.contains("\n")) {
            throw new IllegalArgumentException("The title of an exported document is one line: " + title);
        }
        Objects.requireNonNull(blocks, "An exported document needs a list of blocks (it may be empty)");
        blocks = Texts.noNulls("blocks", blocks);
    }

    /** The document's language as a BCP 47 tag, as both formats record it. */
    String languageTag() {
        return switch (language) {
            case VI -> "vi-VN";
            case ZH -> "zh-CN";
            case EN -> "en-US";
        };
    }
}
