package org.jwc.secretariat.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark, not a test: what users of a meeting with 500 proposals wait for, in real Chromium
 * ({@link GridOpenTimes}: the proposal list and the response matrix until their first rows;
 * {@link PushDelays}: one save pushed to N open sessions of a proposal). Page and harness read the
 * same machine clock ({@code Date.now()}).
 *
 * <p>Usage: {@code ProposalBench <base-url> <meeting-number> <proposal-id> <owner-code> [runs=20]
 * [sessions=50] [rounds=5] [server-log] [server-pid]}, the server logging LiveUpdates at debug level;
 * see bench/proposals.sh, which generates the data with {@link ProposalData}.
 */
public final class ProposalBench {

    private static final String PASSWORD = "jwc-demo-2026";
    /** The demo users of the five member parties, each of whom may see a submitted proposal. */
    static final List<String> USERS = List.of("tq", "qn", "ls", "cb", "gx").stream()
            .flatMap(p -> List.of(p + ".delegate", p + ".secretary", p + ".leader").stream())
            .toList();

    private ProposalBench() {
    }

    public static void main(String[] args) throws IOException {
        var base = args[0];
        var meeting = Integer.parseInt(args[1]);
        var proposalId = Long.parseLong(args[2]);
        var owner = args[3];
        var runs = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        var sessions = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        var rounds = args.length > 6 ? Integer.parseInt(args[6]) : 5;
        var serverLog = args.length > 7 ? Path.of(args[7]) : null;
        var serverPid = args.length > 8 ? Long.parseLong(args[8]) : 0;
        try (var playwright = Playwright.create()) {
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            if (runs > 0) {
                GridOpenTimes.measure(browser, base, meeting, runs);
            }
            if (sessions > 0) {
                PushDelays.measure(browser, base, proposalId, owner, sessions, rounds, serverLog, serverPid);
            }
            browser.close();
        }
    }

    static Page signIn(Browser browser, String base, String username) {
        var page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)).newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(base + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** Min, median, p95 (nearest rank) and max, then every figure in order. */
    static void report(String what, List<Long> millis) {
        var sorted = millis.stream().sorted().toList();
        System.out.printf("%-40s n=%3d min=%5d median=%5d p95=%5d max=%5d ms   %s%n", what, sorted.size(),
                sorted.getFirst(), rank(sorted, 0.50), rank(sorted, 0.95), sorted.getLast(), millis);
    }

    private static long rank(List<Long> sorted, double p) {
        return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }
}
