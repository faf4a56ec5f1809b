package org.jwc.secretariat.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A meeting's number as each language's texts of record write it. */
class NumeralsTest {

    @Test
    void vietnameseWritesTheNumberChineseItsNumeralsAndEnglishItsOrdinal() {
        assertThat(Numerals.meeting(18, Language.VI)).isEqualTo("18");
        assertThat(Numerals.meeting(18, Language.ZH)).isEqualTo("十八");
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 18, 21, 22, 23, 101, 111).stream().map(n -> Numerals.meeting(n, Language.EN)))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "18th", "21st", "22nd", "23rd", "101st", "111th");
        assertThat(List.of(1, 10, 11, 14, 20, 21, 99, 100).stream().map(Numerals::chinese))
                .containsExactly("一", "十", "十一", "十四", "二十", "二十一", "九十九", "100");
    }
}
