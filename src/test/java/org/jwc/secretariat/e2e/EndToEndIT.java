package org.jwc.secretariat.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing in, languages, administration and agenda drafting in Chromium. */
class EndToEndIT extends ChromiumTest {

    Page page;

    @BeforeEach
    void openPage() {
        page = newUser();
    }

    @Test
    void theLangSonSecretarySignsInInVietnameseSwitchesToChineseOpensMeeting18AndSignsOut() {
        page.navigate(url("/login"));
        chooseLanguage("Tiếng Việt");
        assertThat(page.getByText("Tên đăng nhập", new Page.GetByTextOptions().setExact(true))).isVisible();
        signIn("ls.secretary", "jwc-demo-2026");

        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Các hội nghị");
        assertThat(page.getByText("Bùi Thị Hoa")).isVisible();

        chooseLanguage("中文");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("历次会议");

        page.getByText("联合工作委员会第十八次会议").click();
        assertThat(page).hasURL(Pattern.compile(".*/meetings/18$"));
        assertThat(page.locator("h1")).hasText("联合工作委员会第十八次会议");
        assertThat(page.getByText("谅山省").first()).isVisible();
        assertThat(page.getByText(Pattern.compile("河内时间")).first()).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出登录")).click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("input[name=username]")).isVisible();
    }

    @Test
    void anAdministratorCreatesAUserWhoSignsInWithTheOneTimePasswordAndChoosesTheirOwn() {
        page.navigate(url("/login"));
        signIn("admin", "jwc-demo-2026");
        page.navigate(url("/admin/users"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New user")).click();
        page.getByLabel("User name").fill("cb.e2e");
        page.getByLabel("Full name").fill("Hà Thị Kiểm Thử");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Party")).fill("Cao Bang");
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Cao Bang")).click();
        page.getByLabel("Secretary").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        var message = page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByText(Pattern.compile("One-time password for cb.e2e"));
        assertThat(message).isVisible();
        var matcher = Pattern.compile("cb\\.e2e: (\\S+)\\.").matcher(message.textContent());
        assertThat(matcher.find()).isTrue();
        var oneTimePassword = matcher.group(1);
        page.locator("vaadin-confirm-dialog vaadin-button[slot=confirm-button], vaadin-button[slot=confirm-button]").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(Pattern.compile(".*/login.*"));

        signIn("cb.e2e", oneTimePassword);
        assertThat(page).hasURL(Pattern.compile(".*/password(\\?.*)?$"));
        page.locator("#current-password input").fill(oneTimePassword);
        page.locator("#new-password input").fill("Cao Bằng 高平 2027");
        page.locator("#repeat-password input").fill("Cao Bằng 高平 2027");
        page.locator("vaadin-button.change-password").click();
        assertThat(page).hasURL(Pattern.compile(".*/(meetings)?(\\?.*)?$"));
        assertThat(page.getByText("Hà Thị Kiểm Thử")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Meetings");
    }

    @Test
    void aCaoBangDelegateDraftsABilingualAgendaItemForTheEighteenthMeeting() {
        page.navigate(url("/login"));
        signIn("cb.delegate", "jwc-demo-2026");
        page.navigate(url("/meetings/18/agenda"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mục mới")).click();
        // The title's fields come first in the dialog: Vietnamese, then Chinese.
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tiếng Việt")).first()
                .fill("Cầu đường bộ II Tà Lùng - Thủy Khẩu");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("中文")).first().fill("水口—驮隆二桥");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        var own = page.locator("vaadin-grid.own-items");
        assertThat(own.getByText("Cầu đường bộ II Tà Lùng - Thủy Khẩu")).isVisible();
        assertThat(own.getByText("bản nháp")).isVisible();
    }

    private void signIn(String username, String password) {
        signIn(page, username, password);
    }

    private void chooseLanguage(String name) {
        page.locator("vaadin-select.language-select").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name)).click();
        page.waitForLoadState();
        assertThat(page.locator("vaadin-select.language-select")).containsText(name);
    }
}
