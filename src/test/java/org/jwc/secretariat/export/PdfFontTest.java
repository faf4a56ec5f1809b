package org.jwc.secretariat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.text.Normalizer;
import java.util.stream.IntStream;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

/** The font shipped for PDFs draws every letter the committee's two languages use (ADR 0010). */
class PdfFontTest {

    /** Every Vietnamese letter: the twelve vowels in each of the six tones, and đ, in both cases. */
    static String vietnameseLetters() {
        var letters = new StringBuilder("đĐ");
        for (var vowel : "aăâeêioôơuưy".split("")) {
            for (var tone : new String[] {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}) {
                var letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                letters.append(letter).append(letter.toUpperCase(java.util.Locale.ROOT));
            }
        }
        // Latin Extended Additional, U+1EA0 to U+1EF9: the Vietnamese block.
        IntStream.rangeClosed(0x1EA0, 0x1EF9).forEach(letters::appendCodePoint);
        return letters.toString();
    }

    /** The CJK Unified Ideographs of Unicode 1.1 (U+4E00–U+9FA5, all of GBK's), and Chinese punctuation. */
    static String commonChinese() {
        var text = new StringBuilder("，。、；：？！“”‘’《》〈〉「」『』【】〔〕（）…—·％０１２３４５６７８９　");
        IntStream.rangeClosed(0x4E00, 0x9FA5).forEach(text::appendCodePoint);
        return text.toString();
    }

    @Test
    void theFontHasEveryVietnameseLetterWithItsDiacritics() throws IOException {
        var letters = vietnameseLetters();
        assertThat(letters.codePoints().count()).isEqualTo(2 + 12 * 6 * 2 + 90);
        assertThat(missingGlyphs(letters)).isEmpty();
        assertThat(awtFont().canDisplayUpTo(letters)).isEqualTo(-1);
    }

    @Test
    void theFontHasEveryCommonChineseCharacter() throws IOException {
        var chinese = commonChinese();
        assertThat(missingGlyphs(chinese)).isEmpty();
        assertThat(awtFont().canDisplayUpTo(chinese)).isEqualTo(-1);
    }

    @Test
    void theFontHasTrueTypeOutlinesSoPdfBoxCanEmbedASubset() throws IOException {
        try (TrueTypeFont font = PdfFont.open()) {
            assertThat(font.getTableMap()).containsKey("glyf").doesNotContainKey("CFF ");
            assertThat(font.getName()).isEqualTo("NotoSansSC-Regular");
        }
    }

    @Test
    void theFontsLicenceShipsBesideIt() throws IOException {
        try (var licence = PdfFont.class.getResourceAsStream("NotoSansSC-OFL.txt")) {
            assertThat(licence).isNotNull();
            assertThat(new String(licence.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("SIL OPEN FONT LICENSE Version 1.1");
        }
    }

    private static String missingGlyphs(String text) throws IOException {
        try (TrueTypeFont font = PdfFont.open()) {
            var cmap = font.getUnicodeCmapLookup();
            var missing = new StringBuilder();
            text.codePoints().filter(c -> cmap.getGlyphId(c) == 0).forEach(missing::appendCodePoint);
            return missing.toString();
        }
    }

    private static Font awtFont() throws IOException {
        try (var in = PdfFont.class.getResourceAsStream(PdfFont.RESOURCE)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
    }
}
