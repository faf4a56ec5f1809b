package org.jwc.secretariat.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Benchmark, not a test: the server heap held per signed-in, idle session. Signs N demo users in
 * with real Chromium (each session builds its Vaadin UI), leaves them idle, forces a full GC in the
 * server through jcmd, and divides the growth of the live heap by N.
 *
 * <p>Usage: {@code SessionFootprint <base-url> <server-pid> <sessions> [login-page-only]}; see
 * bench/run.sh.
 */
public final class SessionFootprint {

    private static final List<String> USERS = List.of("tq", "qn", "ls", "cb", "gx").stream()
            .flatMap(p -> List.of(p + ".delegate", p + ".secretary", p + ".leader").stream())
            .toList();

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var pid = args[1];
        var sessions = Integer.parseInt(args[2]);
        var signIn = args.length < 4 || !args[3].equals("login-page-only");
        try (var playwright = Playwright.create()) {
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            var open = new ArrayList<BrowserContext>();
            for (int i = 0; i < 3; i++) {
                open.add(signIn(browser, base, USERS.get(i)));
            }
            var before = liveHeap(pid);
            for (int i = 0; i < sessions; i++) {
                open.add(signIn ? signIn(browser, base, USERS.get(i % USERS.size())) : loginPage(browser, base));
            }
            var after = liveHeap(pid);
            System.out.printf("sessions=%d liveHeapBefore=%d KiB liveHeapAfter=%d KiB perSession=%d KiB%n",
                    sessions, before / 1024, after / 1024, (after - before) / 1024 / sessions);
            open.forEach(BrowserContext::close);
            browser.close();
        }
    }

    /** For comparison: a visitor who only opened the login page. */
    private static BrowserContext loginPage(Browser browser, String base) {
        var context = browser.newContext();
        var page = context.newPage();
        page.navigate(base + "/login");
        page.locator("input[name=username]").waitFor();
        return context;
    }

    private static BrowserContext signIn(Browser browser, String base, String username) {
        var context = browser.newContext();
        var page = context.newPage();
        page.navigate(base + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("jwc-demo-2026");
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("vaadin-side-nav-item").first().waitFor();
        return context;
    }

    /** Bytes of heap in use after two full collections in the server process. */
    private static long liveHeap(String pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Thread.sleep(500);
        jcmd(pid, "GC.run");
        var info = jcmd(pid, "GC.heap_info");
        var matcher = Pattern.compile("used (\\d+)K").matcher(info);
        if (!matcher.find()) {
            throw new IllegalStateException("cannot read heap usage from: " + info);
        }
        return Long.parseLong(matcher.group(1)) * 1024;
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var process = new ProcessBuilder(jcmd, pid, command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}
