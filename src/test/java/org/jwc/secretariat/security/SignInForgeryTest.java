package org.jwc.secretariat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.HttpBrowser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** No other site can sign a browser in or out: the login and logout posts need the page's CSRF token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SignInForgeryTest {

    static final String DEMO_PASSWORD = "jwc-demo-2026";

    @LocalServerPort int port;

    @Test
    void aLoginPostedWithoutTheTokenIsRefusedAndSignsNobodyIn() throws Exception {
        var browser = new HttpBrowser(port);
        browser.get("/login");
        var response = browser.postLogin("cb.delegate", DEMO_PASSWORD, null);
        assertRefusedToAnonymous(response);
        assertThat(signedIn(browser)).isFalse();
    }

    @Test
    void aLoginPostedWithAForgedTokenIsRefused() throws Exception {
        var browser = new HttpBrowser(port);
        var response = browser.postLogin("cb.delegate", DEMO_PASSWORD, "forged-token");
        assertRefusedToAnonymous(response);
        assertThat(signedIn(browser)).isFalse();
    }

    @Test
    void aLoginPostedWithTheTokenFromTheLoginPageSignsIn() throws Exception {
        var browser = new HttpBrowser(port);
        assertThat(browser.signIn("cb.delegate", DEMO_PASSWORD)).isEqualTo("/");
        assertThat(signedIn(browser)).isTrue();
    }

    @Test
    void aLogoutPostedWithoutTheTokenLeavesTheUserSignedIn() throws Exception {
        var browser = new HttpBrowser(port);
        browser.signIn("cb.delegate", DEMO_PASSWORD);
        var response = browser.post("/logout");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(signedIn(browser)).isTrue();
    }

    /** A refused post from a browser not signed in is sent back to the login page, not on to the application. */
    private static void assertRefusedToAnonymous(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").map(HttpBrowser::relative)).hasValue("/login");
    }

    /** A signed-in browser gets the meeting list; any other is sent to the login page. */
    private static boolean signedIn(HttpBrowser browser) throws Exception {
        var response = browser.get("/meetings");
        return response.statusCode() == 200;
    }
}
