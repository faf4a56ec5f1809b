package org.jwc.secretariat.export;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;

/**
 * A document to export, in one language: a title and its blocks, in reading order. It knows
 * nothing of minutes or communiqués; their modules build one and hand it to {@link DocxExport} or
 * {@link PdfExport}. Texts are kept in Unicode NFC, so a Vietnamese letter typed as a base letter
 * and combining marks is written, and later searched or compared, as the one character it is.
 * The header, if not empty, is one line at the top of every page, as "DỰ THẢO – phiên bản 3f2a9c1e"
 * on a draft. The title is printed above the blocks unless they print it themselves, as the two
 * columns of a parallel edition each open with their own text's title.
 */
public record ExportDocument(Language language, String title, String header, List<Block> blocks, boolean titlePrinted) {

    /** Null or blank for no header. */
    public ExportDocument(Language language, String title, @Nullable String header, List<Block> blocks,
            boolean titlePrinted) {
        Objects.requireNonNull(language, "An exported document needs a language");
        this.language = language;
        this.title = Texts.oneLine("title", Texts.required("title", title));
        this.header = header == null || header.isBlank() ? "" : Texts.oneLine("header", Texts.required("header", header));
        Objects.requireNonNull(blocks, "An exported document needs a list of blocks (it may be empty)");
        this.blocks = Texts.noNulls("blocks", blocks);
        this.titlePrinted = titlePrinted;
    }

    /** A document whose title is printed above its blocks; null or blank for no header. */
    public ExportDocument(Language language, String title, @Nullable String header, List<Block> blocks) {
        this(language, title, header, blocks, true);
    }

    /** A document without a header. */
    public ExportDocument(Language language, String title, List<Block> blocks) {
        this(language, title, "", blocks);
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
