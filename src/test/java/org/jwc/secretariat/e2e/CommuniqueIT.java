package org.jwc.secretariat.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.communique.AgreedProposals;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 6's story in Chromium: the host (Lạng Sơn's secretary, meeting 18) generates the draft,
 * edits a paragraph's Vietnamese (the pair goes pending), confirms the Chinese and circulates; the
 * five parties' leaders each in their own browser approve, but Guangxi's returns it with a comment;
 * the host edits and circulates again, the earlier approvals show as stale, all five approve the new
 * version, and the final PDF downloads with its fingerprint.
 */
class CommuniqueIT extends ChromiumTest {

    private static final List<String> PARTIES = List.of("TQ", "QN", "LS", "CB", "GX");
    private static final String EDITED = "Các bên đồng ý tích cực thúc đẩy hợp tác xây dựng cửa khẩu thông minh kiểu mẫu.";
    private static final String RETURN_COMMENT = "Đề nghị bổ sung nội dung hợp tác du lịch biên giới.";

    @Autowired MeetingService meetings;
    @Autowired ApprovalService approvals;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    private List<Long> agreed = List.of();

    @Test
    void theHostDraftsAndCirculatesALeaderReturnsItTheHostCirculatesAgainAndAllFiveLeadersApprove() throws IOException {
        SignedIn.as(accounts, "admin");
        agreed = AgreedProposals.in(context)
                .agreedAndDrafting(meetings.findByNumber(18).orElseThrow()).proposalIds();
        SignedIn.signOut();

        var host = newUser();
        signIn(host, "ls.secretary", DEMO_PASSWORD);
        host.navigate(url("/meetings/18/communique"));
        host.locator("vaadin-button.generate-communique").click();
        var gates = paragraph(host, AgreedProposals.GATES_VI);
        assertThat(gates).isVisible();

        gates.locator("vaadin-button.edit-paragraph").click();
        textbox(host, "Tiếng Việt").last().fill(EDITED);
        button(host, "Lưu").click();
        var edited = paragraph(host, EDITED);
        assertThat(edited.locator(".translation-pending")).isVisible();
        edited.locator("vaadin-button.confirm-translation").click();
        assertThat(edited.locator(".translation-pending")).hasCount(0);
        host.locator("vaadin-button.circulate-communique").click();
        button(host, "Phát hành tới lãnh đạo").click();
        assertThat(host.locator(".latest-version")).hasAttribute("data-number", "1");
        var first = approvals.latest(meetingId()).orElseThrow();
        assertThat(host.locator(".latest-version")).containsText(first.fingerprint());

        var leaders = new LinkedHashMap<String, Page>();
        for (var code : PARTIES) {
            var leader = newUser();
            signIn(leader, code.toLowerCase() + ".leader", DEMO_PASSWORD);
            leader.navigate(url("/meetings/18/communique/approval"));
            leaders.put(code, leader);
        }
        for (var code : List.of("TQ", "QN", "LS", "CB")) {
            approve(leaders.get(code), code);
        }
        var guangxi = leaders.get("GX");
        // Pushed to Guangxi's open page.
        assertThat(standing(guangxi, "CB")).hasAttribute("data-state", "APPROVED");
        guangxi.locator("vaadin-button.return-version").click();
        textbox(guangxi, "退回意见（各方均可阅读）").fill(RETURN_COMMENT);
        button(guangxi, "保存").click();
        assertThat(standing(guangxi, "GX")).hasAttribute("data-state", "RETURNED");

        // The host sees the return and its comment, edits and circulates the second version.
        host.navigate(url("/meetings/18/communique/approval"));
        assertThat(standing(host, "GX")).containsText(RETURN_COMMENT);
        host.navigate(url("/meetings/18/communique"));
        var tourism = paragraph(host, AgreedProposals.TOURISM_VI);
        tourism.locator("vaadin-button.edit-paragraph").click();
        textbox(host, "Tiếng Việt").last().fill(AgreedProposals.TOURISM_VI.replace("qua biên giới", "qua biên giới và phát triển sản phẩm du lịch đặc sắc"));
        textbox(host, "中文").last().fill(AgreedProposals.TOURISM_ZH.replace("跨境旅游", "跨境旅游，开发特色旅游产品"));
        button(host, "Lưu").click();
        host.locator("vaadin-button.circulate-communique").click();
        button(host, "Phát hành tới lãnh đạo").click();
        assertThat(host.locator(".latest-version")).hasAttribute("data-number", "2");
        var second = approvals.latest(meetingId()).orElseThrow();

        var tuyenQuang = leaders.get("TQ");
        tuyenQuang.reload();
        assertThat(standing(tuyenQuang, "QN")).hasAttribute("data-state", "STALE");
        for (var entry : leaders.entrySet()) {
            entry.getValue().reload();
            approve(entry.getValue(), entry.getKey());
        }
        assertThat(guangxi.locator(".communique-final")).isVisible();

        host.navigate(url("/meetings/18/communique/approval"));
        var download = host.waitForDownload(() -> host.locator(".communique-version[data-number='2'] a.export-pdf-vi").click());
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(second.fingerprint(), "THÔNG CÁO CHUNG").doesNotContain("DỰ THẢO");
        }
    }

    /** Meeting 18 back as the demo has it, for the other stories: in preparation, without this story's records. */
    @AfterEach
    void restoreTheEighteenthMeeting() {
        SignedIn.as(accounts, "admin");
        var meeting = meetings.findByNumber(18).orElseThrow();
        TestMeetings.discardCommunique(jdbc, meeting.id());
        jdbc.update("DELETE FROM user_notification WHERE meeting_id = ? AND link LIKE 'meetings/18/communique%'", meeting.id());
        TestMeetings.discardProposals(jdbc, agreed);
        while (meeting.phase() != Phase.PREPARATION) {
            meeting = meetings.changePhase(meeting.id(), meeting.getVersion(), Phase.values()[meeting.phase().ordinal() - 1]);
        }
        SignedIn.signOut();
    }

    private void approve(Page leader, String code) {
        leader.locator("vaadin-button.approve-version").click();
        // A formal step is confirmed, in the leader's language (Guangxi's leader reads Chinese).
        button(leader, code.equals("GX") ? "代表本方批准" : "Phê duyệt thay mặt bên tôi").click();
        assertThat(standing(leader, code)).hasAttribute("data-state", "APPROVED");
    }

    private long meetingId() {
        SignedIn.as(accounts, "admin");
        return meetings.findByNumber(18).orElseThrow().id();
    }

    private static Locator standing(Page page, String code) {
        return page.locator(".party-standing[data-party='" + code + "']");
    }

    private static Locator paragraph(Page page, String text) {
        return page.locator(".paragraph-card").filter(new Locator.FilterOptions().setHasText(text));
    }
}
