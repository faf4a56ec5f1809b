package org.jwc.secretariat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.base.ui.LanguageSelect;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.security.ui.LoginView;
import org.springframework.security.test.context.support.WithAnonymousUser;

@ViewTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void theLoginPageListsTheDemoAccountsInDevelopment() {
        navigate(LoginView.class);
        assertThat(find(LoginForm.class).exists()).isTrue();
        assertThat(find(Paragraph.class).withTextContaining("ls.secretary").exists()).isTrue();
        assertThat(find(Paragraph.class).withTextContaining("jwc-demo-2026").exists()).isTrue();
    }

    private String i18nOfTheLoginForm() {
        return String.valueOf(find(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
    }

    @Test
    void theVisitorPicksTiengVietZhongwenOrEnglish() {
        navigate(LoginView.class);
        var select = find(LanguageSelect.class).single();
        assertThat(select.getListDataView().getItems()).containsExactly(Language.VI, Language.ZH, Language.EN);

        test(select).selectItem("中文");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("zh");
        navigate(LoginView.class);
        assertThat(i18nOfTheLoginForm()).contains("\"submit\":\"登录\"");
        assertThat(find(H1.class).all().getFirst().getText()).isEqualTo("联委会秘书处");

        test(find(LanguageSelect.class).single()).selectItem("Tiếng Việt");
        navigate(LoginView.class);
        assertThat(i18nOfTheLoginForm()).contains("\"submit\":\"Đăng nhập\"");
        assertThat(find(H1.class).all().getFirst().getText()).isEqualTo("Ban Thư ký UBCTLH");
    }
}
