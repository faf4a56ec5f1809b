package org.jwc.secretariat.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.minutes.MinutesService;
import org.jwc.secretariat.minutes.SectionKind;
import org.jwc.secretariat.minutes.SectionText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 5's story in Chromium: the host's secretary (Lạng Sơn hosts meeting 18) opens the minutes,
 * Cao Bằng's secretary writes and submits its statement in another browser, the host sees it live
 * and edits it, Cao Bằng sees its confirmation reopened and confirms again, and the host closes the
 * minutes and downloads them as a PDF.
 */
class MinutesIT extends ChromiumTest {

    private static final String CAO_BANG = "Phát biểu của Đoàn Cao Bằng";
    private static final String WRITTEN = "Cao Bằng đề nghị nâng cấp cặp cửa khẩu Trà Lĩnh – Long Bang.";
    private static final String EDITED = "Cao Bằng đề nghị sớm nâng cấp cặp cửa khẩu Trà Lĩnh – Long Bang thành cửa khẩu quốc tế.";

    @Autowired MinutesService minutes;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void caoBangWritesItsStatementTheHostEditsItCaoBangConfirmsAgainAndTheHostClosesAndDownloads() throws IOException {
        var host = newUser();
        signIn(host, "ls.secretary", DEMO_PASSWORD);
        host.navigate(url("/meetings/18/minutes"));
        host.locator("vaadin-button.open-minutes").click();
        assertThat(host.locator(".minutes-status")).isVisible();
        theOtherPartiesSubmitTheirStatements();

        var caoBang = newUser();
        signIn(caoBang, "cb.secretary", DEMO_PASSWORD);
        caoBang.navigate(url("/meetings/18/minutes"));
        card(caoBang, CAO_BANG).locator("vaadin-button.edit-section").click();
        textbox(caoBang, "Tiếng Việt").last().fill(WRITTEN);
        textbox(caoBang, "中文").last().fill("高平建议升级茶岭—龙邦口岸。");
        button(caoBang, "Lưu").click();
        card(caoBang, CAO_BANG).locator("vaadin-button.submit-statement").click();
        assertThat(card(caoBang, CAO_BANG).locator(".confirmation")).hasAttribute("data-state", "CONFIRMED");

        // Pushed to the host's open page; then the host edits it.
        assertThat(card(host, CAO_BANG)).containsText(WRITTEN);
        card(host, CAO_BANG).locator("vaadin-button.edit-section").click();
        textbox(host, "Tiếng Việt").last().fill(EDITED);
        button(host, "Lưu").click();
        assertThat(card(host, CAO_BANG).locator(".confirmation")).hasAttribute("data-state", "STALE");

        // Cao Bằng sees its confirmation reopened, without reloading, and confirms the new text.
        assertThat(card(caoBang, CAO_BANG).locator(".confirmation")).hasAttribute("data-state", "STALE");
        assertThat(card(caoBang, CAO_BANG)).containsText(EDITED);
        card(caoBang, CAO_BANG).locator("vaadin-button.confirm-statement").click();
        assertThat(card(host, CAO_BANG).locator(".confirmation")).hasAttribute("data-state", "CONFIRMED");

        host.locator("vaadin-button.close-minutes").click();
        assertThat(host.locator(".minutes-status")).containsText("Đã khóa");
        assertThat(caoBang.locator(".minutes-status")).containsText("Đã khóa");
        var download = host.waitForDownload(() -> host.locator("a.export-pdf-vi").click());
        assertThat(download.suggestedFilename()).isEqualTo("minutes-18-vi.pdf");
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Biên bản Hội nghị", "Phát biểu của Đoàn Cao Bằng", EDITED).doesNotContain("DỰ THẢO");
        }
    }

    /** Quảng Ninh, Tuyên Quang, Lạng Sơn and Guangxi write and submit their statements (through the service). */
    private void theOtherPartiesSubmitTheirStatements() {
        SignedIn.as(accounts, "ls.secretary");
        var meeting = meetings.findByNumber(18).orElseThrow().id();
        for (var code : List.of("tq", "qn", "ls", "gx")) {
            SignedIn.as(accounts, code + ".secretary");
            var statement = minutes.sections(meeting).stream()
                    .filter(s -> s.kind() == SectionKind.STATEMENT && !s.shared()).findFirst().orElseThrow();
            var written = minutes.write(statement.id(), statement.getVersion(), new SectionText(statement.heading(),
                    new LocalizedText("Phát biểu của " + code.toUpperCase(), code.toUpperCase() + "的发言", null)));
            minutes.submitStatement(written.id(), written.getVersion());
        }
        SignedIn.signOut();
    }

    private static Locator card(Page page, String heading) {
        return page.locator(".minutes-section").filter(new Locator.FilterOptions().setHas(
                page.locator("h2", new Page.LocatorOptions().setHasText(heading))));
    }
}
