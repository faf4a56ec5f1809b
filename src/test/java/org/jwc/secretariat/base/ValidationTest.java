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
    @ValueSource(strings = {"<script>alert('x')</script>", "Hà Giang 河江省", "Dòng một\nDòng hai\tcột", "A & B > C"})
    void markupMixedScriptsAndLineBreaksAreKeptAsTyped(String text) {
        assertThat(Validation.optional("description", text, 200)).isEqualTo(text.strip());
    }
}
