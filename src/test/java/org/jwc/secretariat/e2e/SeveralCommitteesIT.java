package org.jwc.secretariat.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Two mechanisms on one platform (ADR 0025): Tuyên Quang works in both, Lào Cai only in the working group with Yunnan. */
class SeveralCommitteesIT extends ChromiumTest {

    @Test
    void tuyenQuangsSecretaryDraftsInTheCommitteeThenSwitchesToTheWorkingGroupAndDraftsThere() {
        var page = newUser();
        signIn(page, "tq.secretary", DEMO_PASSWORD);
        var chooser = page.locator("vaadin-select.committee-chooser");
        assertThat(chooser).containsText("Ủy ban Công tác liên hợp");
        draftAgendaItem(page, 18, "Kết nối hạ tầng cửa khẩu Thanh Thủy", "天保口岸基础设施互联");

        chooser.click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Nhóm Công tác liên hợp")).click();
        assertThat(page.locator("vaadin-select.committee-chooser")).containsText("Nhóm Công tác liên hợp");
        assertThat(page.getByText("Phiên họp lần thứ 11 Nhóm Công tác liên hợp").first()).isVisible();
        draftAgendaItem(page, 11, "Phối hợp phòng chống dịch bệnh qua biên giới", "跨境疫病联防联控");
        // The committee's draft stays in the committee.
        assertThat(page.locator("vaadin-grid.own-items").getByText("Kết nối hạ tầng cửa khẩu Thanh Thủy")).hasCount(0);

        // The next sign-in opens the mechanism last worked in.
        button(page, "Đăng xuất").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        signIn(page, "tq.secretary", DEMO_PASSWORD);
        assertThat(page.locator("vaadin-select.committee-chooser")).containsText("Nhóm Công tác liên hợp");
        page.locator("vaadin-select.committee-chooser").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Ủy ban Công tác liên hợp")).click();
        assertThat(page.locator("vaadin-select.committee-chooser")).containsText("Ủy ban Công tác liên hợp");
    }

    @Test
    void laoCaisDelegateWorksInTheWorkingGroupAndNeverSeesTheGuangxiCommittee() {
        var page = newUser();
        signIn(page, "lc.delegate", DEMO_PASSWORD);
        assertThat(page.locator(".committee-name")).hasText("Nhóm Công tác liên hợp");
        assertThat(page.locator("vaadin-select.committee-chooser")).hasCount(0);
        assertThat(page.getByText("Phiên họp lần thứ 11 Nhóm Công tác liên hợp").first()).isVisible();
        assertThat(page.getByText(Pattern.compile("Ủy ban Công tác liên hợp|Quảng Tây"))).hasCount(0);

        page.navigate(url("/meetings/18"));
        assertThat(page).hasURL(Pattern.compile(".*/meetings$"));
        assertThat(page.getByText("Bản ghi này không tồn tại").first()).isVisible();
    }

    private void draftAgendaItem(Page page, int meeting, String titleVi, String titleZh) {
        page.navigate(url("/meetings/" + meeting + "/agenda"));
        button(page, "Mục mới").click();
        textbox(page, "Tiếng Việt").first().fill(titleVi);
        textbox(page, "中文").first().fill(titleZh);
        button(page, "Lưu").click();
        assertThat(page.locator("vaadin-grid.own-items").getByText(titleVi)).isVisible();
    }
}
