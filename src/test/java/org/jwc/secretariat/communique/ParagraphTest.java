package org.jwc.secretariat.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/** A pair's pending language follows which language was edited (texts of equal standing). */
class ParagraphTest {

    private final Paragraph paragraph = new Paragraph(1, 1, 0, ParagraphDraft.common(new LocalizedText("Một.", "一。", null)));

    @Test
    void editingTheVietnameseLeavesTheChinesePendingAndEditingTheChineseThenClearsIt() {
        write("Một, sửa.", "一。");
        assertThat(paragraph.pendingLanguage()).isEqualTo(Language.ZH);

        write("Một, sửa.", "一，改。");
        assertThat(paragraph.pendingLanguage()).isNull();
    }

    @Test
    void editingThePendingSideAgainKeepsTheOtherPendingAndBothTogetherAreTakenAsMatching() {
        write("Một.", "一，改。");
        assertThat(paragraph.pendingLanguage()).isEqualTo(Language.VI);
        write("Một.", "一，再改。");
        assertThat(paragraph.pendingLanguage()).isEqualTo(Language.VI);

        write("Hai.", "二。");
        assertThat(paragraph.pendingLanguage()).isNull();
    }

    @Test
    void englishIsForReferenceAndNeverMakesAPairPending() {
        write("Một.", "一。", "One.");

        assertThat(paragraph.pendingLanguage()).isNull();
    }

    @Test
    void aPairMissingALanguageIsPendingInThatLanguage() {
        write(null, "一。");

        assertThat(paragraph.pendingLanguage()).isEqualTo(Language.VI);
    }

    private void write(String vi, String zh) {
        write(vi, zh, null);
    }

    private void write(String vi, String zh, String en) {
        paragraph.write(new LocalizedText(vi, zh, en), ParagraphKind.COMMON, List.of());
    }
}
