package org.jwc.secretariat.communique.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Meeting 14's communiqué as the demo imports it, from its Vietnamese text only: final in that
 * language, with nothing awaiting a translator, and the way to add the Chinese text.
 */
@ViewTest
class ImportedCommuniqueViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("cb.secretary")
    void aCaoBangSecretaryReadsThatTheChineseTextIsNotImportedAndNothingAwaitsConfirmation() {
        navigate("meetings/14/communique", CommuniqueView.class);

        var missing = find(Span.class).withClassName("language-not-imported").single();
        assertThat(missing.getText()).isEqualTo("Chưa nhập văn bản tiếng Trung");
        assertThat(missing.getElement().getAttribute("data-language")).isEqualTo("ZH");
        assertThat(find(Span.class).withClassName("pending-count").exists()).as("no pairs awaiting confirmation").isFalse();
        assertThat(find(Span.class).withClassName("translation-pending").exists()).as("no paragraph pending").isFalse();

        var cards = find(Div.class).withClassName("paragraph-card").all();
        assertThat(cards).isNotEmpty();
        assertThat(cards).allSatisfy(card -> assertThat(find(Span.class, card).withClassName("text-not-imported").single().getText())
                .isEqualTo("Chưa nhập văn bản tiếng Trung"));
        assertThat(find(Button.class).withClassName("import-communique").exists()).as("only an administrator, Hà Giang having no users").isFalse();
    }

    @Test
    @WithUserDetails("gx.leader")
    void guangxisLeaderIsOfferedTheFinalRecordNotAnApprovalOfALockedText() {
        navigate("meetings/14/communique", CommuniqueView.class);

        assertThat(find(Span.class).withClassName("language-not-imported").single().getText()).isEqualTo("中文文本尚未导入");
        assertThat(find(Button.class).withClassName("open-approval").single().getText()).isEqualTo("各版本与批准记录");
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorIsOfferedToImportTheChineseTextRatherThanAPastCommuniqueAgain() {
        navigate("meetings/14/communique", CommuniqueView.class);

        assertThat(find(Button.class).withClassName("import-communique").single().getText()).isEqualTo("Import the Chinese text");
    }
}
