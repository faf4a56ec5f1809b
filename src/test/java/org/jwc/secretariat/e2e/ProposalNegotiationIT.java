package org.jwc.secretariat.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's story in Chromium, with three people in three browser contexts: Lạng Sơn drafts and
 * submits a bilingual proposal, Guangxi sees it appear without reloading and supports it with
 * changes, Lạng Sơn sees the response and its changes live (and its bell tells of it), Guangxi's
 * comment appears on Lạng Sơn's screen, and Lạng Sơn, as host, puts the proposal under discussion
 * (a response leaves that to the host, ADR 0019) and agrees it as amended by Guangxi's text, with no
 * reason asked; Guangxi reads whose wording was agreed.
 */
class ProposalNegotiationIT extends ChromiumTest {

    private static final String TITLE_VI = "Tuyến du lịch tự lái Lạng Sơn - Nam Ninh";
    private static final String TITLE_ZH = "谅山—南宁自驾游线路";

    @Test
    void langSonProposesGuangxiRespondsWithChangesLiveAndTheHostAgreesAsAmended() {
        var delegate = newUser();
        signIn(delegate, "ls.delegate", DEMO_PASSWORD);
        delegate.navigate(url("/meetings/18/proposals"));
        button(delegate, "Đề xuất mới").click();
        var dialog = delegate.locator("vaadin-dialog-overlay, vaadin-dialog").last();
        delegate.locator("vaadin-combo-box.proposal-area input").fill("Du lịch");
        delegate.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Du lịch")).first().click();
        textbox(delegate, "Tiếng Việt").nth(0).fill(TITLE_VI);
        textbox(delegate, "中文").nth(0).fill(TITLE_ZH);
        textbox(delegate, "Tiếng Việt").nth(1).fill("Hai bên phối hợp mở tuyến du lịch tự lái Lạng Sơn - Nam Ninh.");
        textbox(delegate, "中文").nth(1).fill("双方协调开通谅山—南宁自驾游线路。");
        button(delegate, "Lưu").click();
        delegate.waitForURL(Pattern.compile(".*/proposals/\\d+$"));
        var proposalUrl = delegate.url();
        assertThat(dialog).isHidden();

        var guangxi = newUser();
        signIn(guangxi, "gx.secretary", DEMO_PASSWORD);
        guangxi.navigate(url("/meetings/18/proposals"));
        var list = guangxi.locator("vaadin-grid.proposals");
        assertThat(list).isVisible();
        assertThat(list.getByText(TITLE_ZH)).hasCount(0);

        var secretary = newUser();
        signIn(secretary, "ls.secretary", DEMO_PASSWORD);
        secretary.navigate(proposalUrl);
        button(secretary, "Gửi").click();
        button(secretary, "Gửi cho các bên").click();
        assertThat(secretary.locator(".proposal-status")).hasText("Đã gửi");

        // Pushed to Guangxi's open list, no reload.
        assertThat(list.getByText(TITLE_ZH)).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
        list.getByText(TITLE_ZH).click();
        guangxi.waitForURL(proposalUrl);
        assertThat(secretary.locator(".proposal-viewers")).containsText("李华");

        button(guangxi, "回复").click();
        guangxi.locator("vaadin-select.response-position").click();
        guangxi.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("修改后支持")).click();
        textbox(guangxi, "中文").last().fill("双方协调于2027年开通谅山—南宁自驾游线路。");
        textbox(guangxi, "意见").fill("建议明确开通时间。");
        button(guangxi, "保存").click();

        // Lạng Sơn sees the response and what it changes, live.
        var response = secretary.locator(".response");
        assertThat(response).containsText("Ủng hộ có sửa đổi");
        assertThat(response.locator(".diff-inserted").first()).containsText("2027");
        assertThat(secretary.locator(".unread-count")).hasText(Pattern.compile("[1-9][0-9]*"));

        // A comment reaches the other open screen too.
        guangxi.locator("vaadin-text-area.new-comment textarea").fill("请补充开通时间表。");
        guangxi.locator("vaadin-button.post-comment").click();
        assertThat(secretary.locator(".comment-body")).containsText("请补充开通时间表。");

        assertThat(secretary.locator(".proposal-status")).hasText("Đã gửi");
        button(secretary, "Đưa ra thảo luận").click();
        assertThat(secretary.locator(".proposal-status")).hasText("Đang thảo luận");
        button(secretary, "Ghi nhận kết quả").click();
        secretary.locator("vaadin-select.outcome").click();
        secretary.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Nhất trí có sửa đổi")).click();
        secretary.locator("vaadin-select.agreed-amendment").click();
        secretary.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Quảng Tây")).click();
        button(secretary, "Lưu").click();
        assertThat(secretary.locator(".proposal-status")).hasText("Nhất trí có sửa đổi");
        assertThat(guangxi.locator(".proposal-status")).hasText("修改后商定");
        assertThat(guangxi.locator(".agreed-text")).containsText("双方协调于2027年");
        assertThat(guangxi.locator(".agreed-by")).hasText("广西壮族自治区回复意见中的修改文本");
    }
}
