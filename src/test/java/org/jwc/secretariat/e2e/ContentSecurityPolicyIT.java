package org.jwc.secretariat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy blocks nothing the platform needs, in development mode as every test
 * of this tier runs ({@link ProductionModePolicyWalk} walks the production jar), and downloads
 * carry the headers too.
 */
class ContentSecurityPolicyIT extends ChromiumTest {

    @Test
    void noPageViolatesTheContentSecurityPolicyForTheSecretaryOrTheAdministrator() {
        assertThat(PolicyWalk.violations(browser, url(""), DEMO_PASSWORD)).as("Content-Security-Policy violations").isEmpty();
    }

    @Test
    void aDownloadedTextOfRecordCarriesTheSecurityHeaders() {
        var page = newUser();
        page.navigate(url("/login"));
        signIn(page, "ls.secretary", DEMO_PASSWORD);
        page.navigate(url("/meetings/14/communique/approval"));
        var href = page.locator("a.export-pdf-vi").first().getAttribute("href");
        var response = page.request().get(url("/" + href.replaceFirst("^/", "")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(response.headers()).containsKeys("content-security-policy", "referrer-policy",
                "permissions-policy", "x-frame-options");
        assertThat(response.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headers().get("cache-control")).contains("no-store");
    }
}
