package org.jwc.secretariat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.HttpBrowser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Every kind of response carries the security headers: the login page, a view, a file and an error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SecurityHeadersTest {

    @LocalServerPort int port;

    @Test
    void theLoginPageCarriesTheSecurityHeadersAndIsNotCached() throws Exception {
        var response = new HttpBrowser(port).get("/login");
        assertThat(response.statusCode()).isEqualTo(200);
        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void aViewSignedInThroughTheFormCarriesTheSecurityHeadersAndIsNotCached() throws Exception {
        var browser = new HttpBrowser(port);
        browser.signIn("cb.delegate", SignInForgeryTest.DEMO_PASSWORD);
        var response = browser.get("/meetings");
        assertThat(response.statusCode()).isEqualTo(200);
        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void aStaticFileCarriesTheSecurityHeaders() throws Exception {
        var response = new HttpBrowser(port).get("/styles.css");
        assertThat(response.statusCode()).isEqualTo(200);
        assertSecurityHeaders(response);
    }

    @Test
    void anErrorResponseCarriesTheSecurityHeaders() throws Exception {
        // An unknown address is refused (403, not 404: Vaadin does not tell which routes exist).
        var browser = new HttpBrowser(port);
        browser.signIn("cb.delegate", SignInForgeryTest.DEMO_PASSWORD);
        var refused = browser.get("/VAADIN/nonexistent.js");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertSecurityHeaders(refused);
    }

    @Test
    void noStrictTransportSecurityOutsideProduction() throws Exception {
        var response = new HttpBrowser(port).get("/login");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    static void assertSecurityHeaders(HttpResponse<?> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'", "object-src 'none'", "form-action 'self'", "base-uri 'self'"));
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()",
                        "publickey-credentials-get=(self)", "publickey-credentials-create=(self)"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }
}
