package org.jwc.secretariat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** Every character one unit wide, ideographs two, as near enough to the real font. */
    private static float width(String text) {
        return (float) text.codePoints().mapToDouble(c -> Character.isIdeographic(c) || c >= 0x3000 ? 2 : 1).sum();
    }

    private final LineBreaker vietnamese = new LineBreaker(Locale.of("vi"), LineBreakerTest::width);
    private final LineBreaker chinese = new LineBreaker(Locale.SIMPLIFIED_CHINESE, LineBreakerTest::width);

    @Test
    void vietnameseBreaksBetweenWordsAndLosesNoLetter() {
        var text = "Hà Giang, Quảng Ninh, Lạng Sơn, Cao Bằng";
        var lines = vietnamese.lines(text, 12);
        assertThat(lines).containsExactly("Hà Giang,", "Quảng Ninh,", "Lạng Sơn,", "Cao Bằng");
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void chineseBreaksBetweenIdeographsButNeverBeforeAClosingMark() {
        var lines = chinese.lines("深化合作，推进口岸建设。", 10);
        assertThat(lines).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(10));
        assertThat(lines).noneMatch(line -> line.startsWith("，") || line.startsWith("。"));
        assertThat(String.join("", lines)).isEqualTo("深化合作，推进口岸建设。");
    }

    @Test
    void theTextsOwnLineBreaksAndEmptyLinesAreKept() {
        assertThat(vietnamese.lines("Lạng Sơn\n\nCao Bằng", 40)).containsExactly("Lạng Sơn", "", "Cao Bằng");
    }

    @Test
    void aDateOrATimeIsNeverBrokenAfterItsHyphenOrColon() {
        assertThat(vietnamese.lines("Duyệt lúc 21:34", 8)).containsExactly("Duyệt", "lúc", "21:34");
        assertThat(chinese.lines("批准于2026-12-02", 12)).containsExactly("批准于", "2026-12-02");
        assertThat(vietnamese.widestUnbreakable("2026-12-02\u00A021:34 +07:00")).as("a no-break space joins date and clock")
                .isEqualTo(16);
        assertThat(vietnamese.lines("Hà Giang - Lạng Sơn", 10)).as("a hyphen between words still breaks")
                .containsExactly("Hà Giang -", "Lạng Sơn");
    }

    @Test
    void aWordWiderThanTheLineIsCutWhereItMust() {
        var lines = vietnamese.lines("Số 0123456789012345", 8);
        assertThat(lines).containsExactly("Số", "01234567", "89012345");
    }
}
