package org.jwc.secretariat.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void showsTheReadersLanguage() {
        var name = new LocalizedText("Hà Giang", "河江省", "Ha Giang");
        assertThat(name.in(Language.VI)).isEqualTo("Hà Giang");
        assertThat(name.in(Language.ZH)).isEqualTo("河江省");
        assertThat(name.in(Language.EN)).isEqualTo("Ha Giang");
    }

    @Test
    void fallsBackToTheOtherOfficialLanguageNeverBlank() {
        var onlyVietnamese = new LocalizedText("Cao Bằng", "  ", null);
        assertThat(onlyVietnamese.in(Language.ZH)).isEqualTo("Cao Bằng");
        var onlyChinese = new LocalizedText(null, "高平省", "");
        assertThat(onlyChinese.in(Language.VI)).isEqualTo("高平省");
        assertThat(onlyChinese.in(Language.EN)).isEqualTo("高平省");
        assertThat(onlyChinese.hasOfficialLanguages()).isFalse();
    }

    @Test
    void noBreakAndOtherUnicodeSpacesAreTrimmedLikeSpaces() {
        var text = new LocalizedText("\u00A0", "\u3000\u202F", " Ha Giang\u00A0");
        assertThat(text.vi()).isNull();
        assertThat(text.zh()).isNull();
        assertThat(text.en()).isEqualTo("Ha Giang");
    }

    @Test
    void chineseLocalesOfAnyRegionReadSimplifiedChinese() {
        assertThat(Language.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.ZH);
        assertThat(Language.of(Locale.of("vi", "VN"))).isEqualTo(Language.VI);
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.EN);
    }
}
