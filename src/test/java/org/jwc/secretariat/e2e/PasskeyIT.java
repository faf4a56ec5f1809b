package org.jwc.secretariat.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A leader adds a passkey in Chromium, with Chromium's virtual authenticator standing in for the
 * fingerprint, and passes the next sign-in's second step with it alone; a password alone adds none.
 */
@TestPropertySource(properties = "jwc.security.second-factor.required-roles=LEADER,ADMIN")
class PasskeyIT extends ChromiumTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    /** A passkey is bound to its origin: the application runs where jwc.public-url says, so the port is chosen here. */
    private static final int PORT = freePort();

    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void mailServerAndAddress(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("server.port", () -> PORT);
        registry.add("jwc.public-url", () -> "http://localhost:" + PORT);
    }

    @Test
    void theTuyenQuangLeaderAddsAPasskeyAndPassesTheNextSecondStepWithItAlone() {
        var page = newUser();
        virtualAuthenticator(page);
        signIn(page, "tq.leader", DEMO_PASSWORD);
        page.waitForURL(Pattern.compile(".*/second-step.*"));
        assertThat(page.locator(".use-passkey")).not().isVisible();
        page.locator("#one-time-code").fill(Mailbox.lastCodeTo(MAIL, "tq.leader@demo.example"));
        page.locator(".verify-code").click();
        page.waitForURL(url -> !url.contains("second-step"));

        page.navigate(url("/second-factor"));
        page.locator("#passkey-label input").fill("Máy tính văn phòng");
        page.locator(".add-passkey").click();
        assertThat(page.locator(".passkey .passkey-label")).hasText("Máy tính văn phòng");

        page.locator("vaadin-button.logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        var mailsBefore = MAIL.getReceivedMessages().length;
        signIn(page, "tq.leader", DEMO_PASSWORD);
        page.waitForURL(Pattern.compile(".*/second-step.*"));
        assertThat(page.locator(".code-delivery")).containsText("Chưa gửi mã");
        page.locator(".use-passkey").click();
        page.waitForURL(url -> !url.contains("second-step"));
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Các hội nghị");
        page.navigate(url("/second-factor"));
        assertThat(page.locator(".passkey .passkey-label")).hasText("Máy tính văn phòng");
        assertThat(MAIL.getReceivedMessages()).as("no code mailed to a leader with a passkey").hasSize(mailsBefore);
        assertThat(logged("FACTOR_ENROLLED", "tq.leader")).contains("passkey");
        assertThat(logged("SECOND_FACTOR_PASSED", "tq.leader")).contains("passkey");

        page.locator(".remove-passkey").click();
        assertThat(page.locator(".passkey")).hasCount(0);
    }

    @Test
    void aSignInWithThePasswordAloneCannotAddAPasskey() {
        var page = newUser();
        signIn(page, "gx.leader", DEMO_PASSWORD);
        page.waitForURL(Pattern.compile(".*/second-step.*"));
        var status = page.evaluate("""
                async () => {
                  const header = document.querySelector('meta[name="_csrf_header"]').content;
                  const token = document.querySelector('meta[name="_csrf"]').content;
                  const answer = await fetch('/webauthn/register/options', {method: 'POST', headers: {[header]: token}});
                  return answer.status;
                }""");
        assertThat((Integer) status).isNotEqualTo(200);
    }

    @Test
    void theCaoBangLeadersPasskeyOnThisDeviceDoesNotPassTheQuangNinhLeadersSecondStep() throws IOException {
        var page = newUser();
        virtualAuthenticator(page);
        signIn(page, "cb.leader", DEMO_PASSWORD);
        page.waitForURL(Pattern.compile(".*/second-step.*"));
        page.locator("#one-time-code").fill(Mailbox.lastCodeTo(MAIL, "cb.leader@demo.example"));
        page.locator(".verify-code").click();
        page.waitForURL(url -> !url.contains("second-step"));
        page.navigate(url("/second-factor"));
        page.locator("#passkey-label input").fill("Cao Bằng");
        page.locator(".add-passkey").click();
        assertThat(page.locator(".passkey .passkey-label")).hasText("Cao Bằng");
        page.locator("vaadin-button.logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));

        signIn(page, "qn.leader", DEMO_PASSWORD);
        page.waitForURL(Pattern.compile(".*/second-step.*"));
        assertThat(page.locator(".use-passkey")).not().isVisible();
        // The page offers no passkey to this leader: the page's own script is run by hand, and the
        // authenticator answers with the only passkey it holds, Cao Bằng's.
        String script;
        try (var in = PasskeyIT.class.getResourceAsStream("/org/jwc/secretariat/secondfactor/ui/passkeys.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var outcome = page.evaluate("""
                async ([script]) => {
                  const header = document.querySelector('meta[name="_csrf_header"]').content;
                  const token = document.querySelector('meta[name="_csrf"]').content;
                  return await new Function('$0', '$1', '$2', '$3', '$4', script)('authenticate', header, token, '', '');
                }""", List.of(script));
        assertThat(outcome).isEqualTo("refused");
        page.navigate(url("/meetings/18"));
        page.waitForURL(Pattern.compile(".*/second-step.*"));
        assertThat(logged("SECOND_FACTOR_FAILED", "qn.leader")).containsExactly("passkey");
    }

    /** The details of the security log's entries of a kind for a user. */
    private List<String> logged(String kind, String username) {
        return jdbc.queryForList("SELECT detail FROM security_log WHERE kind = ? AND username = ?", String.class, kind,
                username);
    }

    /** Chromium's own authenticator, as a laptop's fingerprint reader would be, always confirming. */
    private static void virtualAuthenticator(Page page) {
        var cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable", new JsonObject());
        var options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        var parameters = new JsonObject();
        parameters.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", parameters);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
