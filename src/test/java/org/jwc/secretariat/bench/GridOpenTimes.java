package org.jwc.secretariat.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Part of {@link ProposalBench}: the time from opening a meeting's proposal list or response
 * matrix until its grid shows the first rows, as a full page load and by a button of the
 * application, and the server's share of it.
 */
final class GridOpenTimes {

    /** Records in the page when a grid first shows a generated proposal's title: a row, not the header. */
    private static final String ROWS_SHOWN = """
            window.__shown = {};
            new MutationObserver(() => {
              for (const grid of document.querySelectorAll('vaadin-grid.proposals, vaadin-grid.response-matrix')) {
                const key = grid.classList.contains('proposals') ? 'list' : 'matrix';
                if (window.__shown[key] === undefined && [...grid.children].some(c =>
                    c.localName === 'vaadin-grid-cell-content' && c.textContent.startsWith('Đề xuất '))) {
                  window.__shown[key] = Date.now();
                }
              }
            }).observe(document, {subtree: true, childList: true, characterData: true});
            """;

    private GridOpenTimes() {
    }

    /**
     * Per run: the list by URL, the matrix by its button on the list (in-app, no page load), the
     * matrix by URL, and the list by its button on the meeting's page. Two unmeasured runs warm up
     * the server and the browser's cache, as a user's second visit would find them.
     */
    static void measure(Browser browser, String base, int meeting, int runs) {
        var page = ProposalBench.signIn(browser, base, "ls.secretary");
        page.addInitScript(ROWS_SHOWN);
        var list = base + "/meetings/" + meeting + "/proposals";
        var listLoad = new ArrayList<Sample>();
        var matrixInApp = new ArrayList<Sample>();
        var listInApp = new ArrayList<Sample>();
        var matrixLoad = new ArrayList<Sample>();
        for (int run = -2; run < runs; run++) {
            var measured = run >= 0;
            time(page, "list", p -> p.navigate(list), measured ? listLoad : null);
            time(page, "matrix", p -> p.locator("vaadin-button", new Page.LocatorOptions().setHasText("Bảng phản hồi"))
                    .click(), measured ? matrixInApp : null);
            time(page, "matrix", p -> p.navigate(list + "/matrix"), measured ? matrixLoad : null);
            page.navigate(base + "/meetings/" + meeting);
            var open = page.locator("vaadin-button.open-proposals");
            open.waitFor();
            time(page, "list", p -> open.click(), measured ? listInApp : null);
        }
        report("proposal list, page load (URL)", listLoad);
        report("proposal list, in-app (meeting page's button)", listInApp);
        report("response matrix, page load (URL)", matrixLoad);
        report("response matrix, in-app (list's button)", matrixInApp);
        page.context().close();
    }

    /** From the action to the first rows of the grid (page clock), and the server's share of it. */
    private record Sample(long total, long server) {
    }

    /**
     * Times one action; the server's share is the time to first byte of the application's own
     * requests on the way (the page itself, Vaadin's init and UIDL requests), the rest is network,
     * the browser's scripts and rendering.
     */
    private static void time(Page page, String grid, Consumer<Page> action, List<Sample> into) {
        page.evaluate("key => { performance.clearResourceTimings(); if (window.__shown) delete window.__shown[key]; }", grid);
        var t0 = System.currentTimeMillis();
        action.accept(page);
        long shown;
        try {
            shown = ((Number) page.waitForFunction("key => window.__shown && window.__shown[key]", grid).jsonValue())
                    .longValue();
        } catch (RuntimeException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "bench-proposals-timeout.png")));
            throw new IllegalStateException("no rows of the " + grid + " at " + page.url() + " after "
                    + (System.currentTimeMillis() - t0) + " ms, state " + page.evaluate("() => JSON.stringify(window.__shown)"), e);
        }
        var server = ((Number) page.evaluate("""
                t0 => performance.getEntries()
                  .filter(e => e.entryType === 'navigation' && performance.timeOrigin >= t0
                    || e.entryType === 'resource' && e.name.includes('v-r='))
                  .reduce((sum, e) => sum + e.responseStart - e.requestStart, 0)""", (double) t0)).longValue();
        if (into != null) {
            into.add(new Sample(shown - t0, server));
        }
    }

    private static void report(String what, List<Sample> samples) {
        ProposalBench.report(what, samples.stream().map(Sample::total).toList());
        ProposalBench.report("  of which server (time to first byte)", samples.stream().map(Sample::server).toList());
    }
}
