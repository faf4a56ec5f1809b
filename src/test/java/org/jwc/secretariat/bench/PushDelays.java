package org.jwc.secretariat.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Part of {@link ProposalBench}: one save pushed to N open sessions of the proposal. Per page, the
 * delay from the save click to the first push message and to the new title in its DOM; per screen,
 * the server's delay from the commit (LiveUpdates' debug log); and the server's CPU time per screen.
 */
final class PushDelays {

    /** Records when the page's scripts receive a server message (push), for the first after a reset. */
    private static final String FIRST_MESSAGE = """
            window.__message = null;
            window.WebSocket = class extends window.WebSocket {
              constructor(...args) {
                super(...args);
                this.addEventListener('message', () => { if (window.__message === null) window.__message = Date.now(); });
              }
            };
            """;
    /** Records when a heading first shows the round's marker. */
    private static final String TITLE_SEEN = """
            marker => {
              window.__pushed = undefined;
              window.__message = null;
              const seen = () => [...document.querySelectorAll('h2')].some(h => h.textContent.includes(marker));
              const observer = new MutationObserver(() => {
                if (seen()) { window.__pushed = Date.now(); observer.disconnect(); }
              });
              observer.observe(document.body, {subtree: true, childList: true, characterData: true});
            }""";

    /** Linux's USER_HZ, the unit of CPU times in /proc/<pid>/stat. */
    private static final long CLOCK_TICKS = 100;
    private static final Pattern PUSHED = Pattern.compile("pushed to a screen (\\d+) ms after commit");

    private PushDelays() {
    }

    /**
     * One round's delays after the save click: per page, the push message and the new title; per
     * screen, the server's; and the server's CPU time per screen (one figure a round).
     */
    private record Round(List<Long> received, List<Long> shown, List<Long> server, List<Long> cpu) {

        Round() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /**
     * N sessions (the demo users in turn, all of whom may see a submitted proposal) watch the
     * proposal; its owner party's secretary saves a new title in another session, each round after
     * an unmeasured first one. Each page also records when the first push message after the save
     * reached its scripts. Then, as the N browsers share this machine's cores with the server, the
     * same rounds again with every watching page frozen (Chrome's page lifecycle, through CDP): the
     * server then refreshes and pushes to N screens without N renderers competing for the CPU (the
     * editor's page and the browser's own processes still do).
     */
    static void measure(Browser browser, String base, long proposalId, String owner, int sessions, int rounds,
            Path serverLog, long serverPid) throws IOException {
        var url = base + "/proposals/" + proposalId;
        var watchers = new ArrayList<Page>();
        for (int i = 0; i < sessions; i++) {
            var page = ProposalBench.signIn(browser, base, ProposalBench.USERS.get(i % ProposalBench.USERS.size()));
            page.addInitScript(FIRST_MESSAGE);
            page.navigate(url);
            page.locator(".proposal-actions").waitFor();
            watchers.add(page);
        }
        var devTools = watchers.stream().map(page -> page.context().newCDPSession(page)).toList();
        var editor = ProposalBench.signIn(browser, base, owner + ".secretary");
        editor.navigate(url);
        editor.waitForTimeout(2_000); // the others' "who else is viewing" pushes, before the first round
        var live = new Round();
        for (int round = 0; round <= rounds; round++) {
            var result = round(editor, watchers, null, serverLog, 0, "round " + round);
            if (round > 0) {
                live.received().addAll(result.received());
                live.shown().addAll(result.shown());
                live.server().addAll(result.server());
            }
        }
        var frozen = new Round();
        if (serverLog != null) {
            for (int round = 1; round <= rounds; round++) {
                var result = round(editor, watchers, devTools, serverLog, serverPid, "frozen pages, round " + round);
                frozen.server().addAll(result.server());
                frozen.cpu().addAll(result.cpu());
            }
        }
        System.out.printf("push to %d sessions, %d rounds:%n", sessions, rounds);
        ProposalBench.report("  title shown in the page", live.shown());
        ProposalBench.report("  push message received by the page", live.received());
        if (serverLog != null) {
            ProposalBench.report("  server: commit to screen refreshed", live.server());
            ProposalBench.report("  same, pages frozen", frozen.server());
            if (serverPid > 0) {
                ProposalBench.report("  server CPU per screen, pages frozen", frozen.cpu());
            }
        }
        watchers.forEach(p -> p.context().close());
        editor.context().close();
    }

    /**
     * A round; with the watchers' DevTools sessions, their pages stay frozen until the server is
     * done, and with the server's process id its CPU time from the save click until then counts.
     */
    private static Round round(Page editor, List<Page> watchers, List<CDPSession> freeze, Path serverLog, long serverPid,
            String name) throws IOException {
        var marker = name.replaceAll("\\W+", "-") + "-" + Long.toString(System.nanoTime() % 100_000, 36);
        for (var page : watchers) {
            page.evaluate(TITLE_SEEN, marker);
        }
        if (freeze != null) {
            freeze.forEach(cdp -> lifecycle(cdp, "frozen"));
        }
        var logOffset = serverLog == null ? 0 : Files.size(serverLog);
        writeTitle(editor, marker);
        var cpuBefore = cpuMillis(serverPid);
        var saved = save(editor, marker);
        var server = new ArrayList<Long>();
        if (serverLog != null) {
            // Every watching screen: the editor's own redraws itself and is not pushed to (LiveUpdates).
            for (int wait = 0; wait < 600 && server.size() < watchers.size(); wait++) {
                editor.waitForTimeout(100);
                server = new ArrayList<>(pushedAfterCommit(serverLog, logOffset));
            }
        }
        var cpu = serverPid > 0 && !server.isEmpty() ? List.of((cpuMillis(serverPid) - cpuBefore) / server.size()) : List.<Long>of();
        if (freeze != null) {
            freeze.forEach(cdp -> lifecycle(cdp, "active"));
        }
        var received = new ArrayList<Long>();
        var shown = new ArrayList<Long>();
        for (var page : watchers) {
            var times = (List<?>) page.waitForFunction("() => window.__pushed && [window.__message, window.__pushed]", null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000)).jsonValue();
            received.add(((Number) times.get(0)).longValue() - saved);
            shown.add(((Number) times.get(1)).longValue() - saved);
        }
        System.out.println("push " + name + ":");
        if (freeze == null) {
            ProposalBench.report("  title shown in the page", shown);
            ProposalBench.report("  push message received by the page", received);
        }
        if (!server.isEmpty()) {
            ProposalBench.report("  server: commit to screen refreshed", server);
        }
        if (!cpu.isEmpty()) {
            System.out.printf("  server CPU per screen %d ms (%d screens)%n", cpu.getFirst(), server.size());
        }
        editor.waitForTimeout(2_000);
        return new Round(received, shown, server, new ArrayList<>(cpu));
    }

    private static void lifecycle(CDPSession cdp, String state) {
        var parameters = new JsonObject();
        parameters.addProperty("state", state);
        cdp.send("Page.setWebLifecycleState", parameters);
    }

    /**
     * The delivery delays LiveUpdates logged (at debug level) since the offset: one per open screen
     * of the proposal, the editor's own included.
     */
    private static List<Long> pushedAfterCommit(Path serverLog, long offset) throws IOException {
        try (var file = new RandomAccessFile(serverLog.toFile(), "r")) {
            file.seek(offset);
            var bytes = new byte[(int) (file.length() - offset)];
            file.readFully(bytes);
            var matcher = PUSHED.matcher(new String(bytes, StandardCharsets.UTF_8));
            var result = new ArrayList<Long>();
            while (matcher.find()) {
                result.add(Long.parseLong(matcher.group(1)));
            }
            return result;
        }
    }

    /** The CPU time the process has used (user and system), from /proc; 0 without a process. */
    private static long cpuMillis(long pid) throws IOException {
        if (pid <= 0) {
            return 0;
        }
        var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS;
    }

    /** Opens the edit dialog and writes the round's marker into the title in both official languages. */
    private static void writeTitle(Page editor, String marker) {
        editor.locator("vaadin-button.edit").click();
        var vietnamese = editor.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tiếng Việt").setExact(true)).first();
        var chinese = editor.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("中文").setExact(true)).first();
        vietnamese.fill(vietnamese.inputValue().replaceAll(" \\[.*\\]$", "") + " [" + marker + "]");
        chinese.fill(chinese.inputValue().replaceAll(" \\[.*\\]$", "") + " [" + marker + "]");
    }

    /** Saves the dialog and returns when (page clock) the save was clicked, once the editor shows the change. */
    private static long save(Page editor, String marker) {
        editor.evaluate("() => document.addEventListener('click', () => window.__saved = Date.now(), {capture: true, once: true})");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        editor.locator("h1", new Page.LocatorOptions().setHasText(marker)).waitFor();
        return ((Number) editor.evaluate("() => window.__saved")).longValue();
    }
}
