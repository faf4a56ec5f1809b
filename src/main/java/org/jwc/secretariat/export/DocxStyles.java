package org.jwc.secretariat.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jwc.secretariat.i18n.Language;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles of an exported DOCX: the document's fonts and language as defaults, and the built-in
 * Title and Heading 1–3 styles, so that Word and LibreOffice list the headings in their navigation
 * and outline. Fonts are named, not embedded (ADR 0010): Times New Roman for Latin script, which
 * includes Vietnamese, and SimSun for Chinese, the fonts of official texts on both sides.
 */
final class DocxStyles {

    static final String LATIN_FONT = "Times New Roman";
    static final String CHINESE_FONT = "SimSun";
    /** Half-points: 13 pt, the body size of Vietnamese administrative texts. */
    private static final int BODY_SIZE = 26;

    private DocxStyles() {
    }

    static void define(XWPFDocument doc, Language language) {
        var ct = CTStyles.Factory.newInstance();
        var defaults = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        var fonts = defaults.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(CHINESE_FONT);
        if (language == Language.ZH) {
            // Punctuation both scripts share (quotes, dashes) then takes the Chinese font's shape.
            fonts.setHint(STHint.EAST_ASIA);
        }
        var lang = defaults.addNewLang();
        lang.setVal(latinLanguageTag(language));
        lang.setEastAsia("zh-CN");
        defaults.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));

        var styles = doc.createStyles();
        styles.setStyles(ct);
        add(styles, paragraphStyle("Normal", "Normal", null));
        var title = paragraphStyle("Title", "Title", null);
        title.getPPr().addNewJc().setVal(STJc.CENTER);
        title.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(360));
        bold(title.addNewRPr(), 16);
        add(styles, title);
        int[] sizes = {15, 14, 13};
        for (int level = 1; level <= 3; level++) {
            var heading = paragraphStyle("Heading" + level, "heading " + level, level - 1);
            bold(heading.addNewRPr(), sizes[level - 1]);
            add(styles, heading);
        }
    }

    /**
     * Marks a run as Chinese if its text is, more ideographs than Latin letters (the Chinese column of
     * a bilingual edition in a Vietnamese document): SimSun named on the run itself, so it goes with
     * the text when copied elsewhere, and the hint of a Chinese document that draws shared punctuation
     * in its Chinese shape. Not on mixed text: the hint would draw Vietnamese letters in SimSun too.
     */
    static void chinese(XWPFRun run, String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        if (han > latin) {
            run.setFontFamily(CHINESE_FONT, XWPFRun.FontCharRange.eastAsia);
            run.getCTR().getRPr().getRFontsArray(0).setHint(STHint.EAST_ASIA);
        }
    }

    /** The language of the Latin-script text; Chinese documents' Latin text (numbers, names) is English. */
    static String latinLanguageTag(Language language) {
        return switch (language) {
            case VI -> "vi-VN";
            case ZH, EN -> "en-US";
        };
    }

    private static CTStyle paragraphStyle(String id, String name, Integer outlineLevel) {
        var style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        var ppr = style.addNewPPr();
        if (id.equals("Normal")) {
            style.setDefault(true);
            ppr.addNewSpacing().setAfter(BigInteger.valueOf(120));
            return style;
        }
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        ppr.addNewKeepNext();
        if (outlineLevel != null) {
            var spacing = ppr.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(240));
            spacing.setAfter(BigInteger.valueOf(120));
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        return style;
    }

    private static void bold(CTRPr rpr, int points) {
        rpr.addNewB();
        rpr.addNewBCs();
        rpr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
