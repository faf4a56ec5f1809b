package org.jwc.secretariat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy blocks nothing the platform needs: Chromium reports no violation on
 * the sign-in page nor on any page as the host's secretary and the administrator see it (in
 * development mode, as every test of this tier runs).
 */
class ContentSecurityPolicyIT extends ChromiumTest {

    /** Collected in the page itself; read after each page has settled. */
    private static final String LISTEN = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push("
            + "e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    @Test
    void noPageViolatesTheContentSecurityPolicyForTheSecretaryOrTheAdministrator() {
        var violations = new ArrayList<String>();
        for (var username : List.of("ls.secretary", "admin")) {
            var page = watched(violations);
            page.navigate(url("/login"));
            violations.addAll(settledViolations(page, "/login"));
            signIn(page, username, DEMO_PASSWORD);
            var paths = username.equals("admin")
                    ? Stream.concat(AccessibilityIT.MEETING_PAGES.stream(), AccessibilityIT.ADMIN_PAGES.stream()).toList()
                    : AccessibilityIT.MEETING_PAGES;
            for (var path : paths) {
                page.navigate(url(path));
                violations.addAll(settledViolations(page, username + " " + path));
            }
        }
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
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

    /** A new user whose console messages about the policy count as violations too. */
    private Page watched(List<String> violations) {
        var page = newUser();
        page.addInitScript(LISTEN);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    /** Waits until Vaadin has nothing more to do on the page, then takes the violations it saw. */
    @SuppressWarnings("unchecked")
    private static List<String> settledViolations(Page page, String where) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        var seen = (List<String>) page.evaluate("() => window.cspViolations || []");
        return seen.stream().map(v -> where + ": " + v).toList();
    }
}
