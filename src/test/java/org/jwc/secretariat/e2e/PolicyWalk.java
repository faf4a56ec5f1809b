package org.jwc.secretariat.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Opens the sign-in page and every page the host's secretary and the administrator see, and
 * collects what the Content-Security-Policy blocked on the way: both the page's own
 * {@code securitypolicyviolation} events and Chromium's console reports of them.
 */
final class PolicyWalk {

    /** Collected in the page itself; read after each page has settled. */
    private static final String LISTEN = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push("
            + "e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    private PolicyWalk() {
    }

    /** Every violation seen at {@code base} (e.g. {@code http://localhost:8080}), with where it was seen. */
    static List<String> violations(Browser browser, String base, String password) {
        var violations = new ArrayList<String>();
        for (var username : List.of("ls.secretary", "admin")) {
            var context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1400, 1000));
            try {
                var page = watched(context.newPage(), violations);
                page.navigate(base + "/login");
                violations.addAll(settled(page, "/login"));
                page.locator("input[name=username]").fill(username);
                page.locator("input[name=password]").fill(password);
                page.locator("input[name=password]").press("Enter");
                page.waitForURL(url -> !url.contains("/login"));
                var paths = username.equals("admin")
                        ? Stream.concat(AccessibilityIT.MEETING_PAGES.stream(), AccessibilityIT.ADMIN_PAGES.stream()).toList()
                        : AccessibilityIT.MEETING_PAGES;
                for (var path : paths) {
                    page.navigate(base + path);
                    violations.addAll(settled(page, username + " " + path));
                }
            } finally {
                context.close();
            }
        }
        return violations;
    }

    /** A page whose console messages about the policy count as violations too. */
    private static Page watched(Page page, List<String> violations) {
        page.setDefaultTimeout(20_000);
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
    private static List<String> settled(Page page, String where) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        var seen = (List<String>) page.evaluate("() => window.cspViolations || []");
        return seen.stream().map(v -> where + ": " + v).toList();
    }
}
