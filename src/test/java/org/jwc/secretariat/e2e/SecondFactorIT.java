package org.jwc.secretariat.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Leaders pass the second step in Chromium with the code read from a real SMTP server; delegates need none. */
@TestPropertySource(properties = "jwc.security.second-factor.required-roles=LEADER,ADMIN")
class SecondFactorIT extends ChromiumTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void theTuyenQuangLeaderSignsInWithThePasswordIsSentToTheSecondStepAndEntersTheEmailedCode() {
        var page = newUser();
        signIn(page, "tq.leader", DEMO_PASSWORD);
        page.waitForURL(Pattern.compile(".*/second-step.*"));
        assertThat(page.locator("h1")).hasText("Bước thứ hai của đăng nhập");
        assertThat(page.locator(".code-delivery")).containsText("t•••@demo.example");

        // Any address typed while the step is owed leads back to it.
        page.navigate(url("/meetings/18"));
        page.waitForURL(Pattern.compile(".*/second-step.*"));

        page.locator("#one-time-code").fill(lastCodeTo("tq.leader@demo.example"));
        page.locator(".verify-code").click();
        page.waitForURL(url -> !url.contains("second-step"));
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Các hội nghị");

        page.navigate(url("/second-factor"));
        assertThat(page.locator(".second-factor-status")).containsText("Bắt buộc với vai trò của bạn");
    }

    @Test
    void aWrongCodeKeepsTheLeaderAtTheSecondStepAndAUsedCodeDoesNotOpenItTwice() {
        var page = newUser();
        signIn(page, "gx.leader", DEMO_PASSWORD);
        page.waitForURL(Pattern.compile(".*/second-step.*"));
        var code = lastCodeTo("gx.leader@demo.example");

        page.locator("#one-time-code").fill("00000000-0000-0000-0000-000000000000");
        page.locator(".verify-code").click();
        page.waitForURL(Pattern.compile(".*/second-step\\?error.*"));
        assertThat(page.locator(".code-error")).isVisible();

        page.locator("#one-time-code").fill(code);
        page.locator(".verify-code").click();
        page.waitForURL(url -> !url.contains("second-step"));
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("历次会议");

        // The same code from another office, after the password: refused, as it was used.
        var other = newUser();
        signIn(other, "gx.leader", DEMO_PASSWORD);
        other.waitForURL(Pattern.compile(".*/second-step.*"));
        other.locator("#one-time-code").fill(code);
        other.locator(".verify-code").click();
        other.waitForURL(Pattern.compile(".*/second-step\\?error.*"));
    }

    @Test
    void aDelegateSignsInWithThePasswordAloneUntilTheyTurnTheSecondFactorOn() {
        var page = newUser();
        signIn(page, "qn.delegate", DEMO_PASSWORD);
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Các hội nghị");
        assertThat(page).not().hasURL(Pattern.compile(".*second-step.*"));

        page.navigate(url("/second-factor"));
        page.locator(".turn-on-second-factor").click();
        assertThat(page.locator(".code-delivery")).containsText("q•••@demo.example");
        page.locator("#one-time-code").fill(lastCodeTo("qn.delegate@demo.example"));
        page.locator(".verify-code").click();
        page.waitForURL(Pattern.compile(".*/second-factor\\?on.*"));
        assertThat(page.locator(".second-factor-status")).containsText("Đã bật từ");
    }

    private static String lastCodeTo(String address) {
        return Mailbox.lastCodeTo(MAIL, address);
    }
}
