package org.jwc.secretariat.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.jwc.secretariat.i18n.LocalizedText;

/** Bad input in texts is refused with the field and a reason; harmless text is kept as typed. */
class ValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"Hà\u0000Giang", "Cao\u0007Bằng", "Lạng\u001BSơn"})
    void aControlCharacterIsRefused(String text) {
        assertThatThrownBy(() -> Validation.required("title", text, 100))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.messageKey()).isEqualTo("validation.controlCharacter");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quảng\u200BNinh", "广\u200D西", "\uFEFFTuyên Quang", "Guangxi\u202E"})
    void anInvisibleCharacterIsRefusedInEveryLanguage(String text) {
        assertThatThrownBy(() -> Validation.officialLanguages("name", new LocalizedText("Hà Giang", text, null), 100))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("validation.invisibleCharacter");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lạng\u200ESơn", "谅\u200F山", "Lang\u180ESon", "Hà Giang\uDB40\uDC01"})
    void directionMarksAndEveryOtherFormatCharacterAreRefusedAsInvisible(String text) {
        assertThatThrownBy(() -> Validation.required("title", text, 100))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.invisibleCharacter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cao Bằng \uD83C", "\uDDF3 Việt Nam", "广\uD840西"})
    void halfACharacterIsRefusedAsMariaDbCouldNotStoreIt(String text) {
        assertThatThrownBy(() -> Validation.optional("background", text, 100))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.brokenCharacter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", " \u202F\u2007 ", "\u3000\n"})
    void spacesOfAnyKindAloneAreEmpty(String text) {
        assertThatThrownBy(() -> Validation.required("title", text, 100))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.required"));
        assertThat(Validation.optional("followsUp", "\u00A0Cửa khẩu\u00A0", 100)).isEqualTo("Cửa khẩu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script>", "Hà Giang 河江省", "Dòng một\nDòng hai\tcột", "A & B > C"})
    void markupMixedScriptsAndLineBreaksAreKeptAsTyped(String text) {
        assertThat(Validation.optional("description", text, 200)).isEqualTo(text.strip());
    }
}
