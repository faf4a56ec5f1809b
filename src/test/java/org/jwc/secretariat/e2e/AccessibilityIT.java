package org.jwc.secretariat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * axe-core, the npm package (its axe.min.js comes on the test classpath), on every page as each role
 * sees it: nothing serious or moderate for the administrator, the host's secretary, a delegate and
 * two leaders, each in their own language.
 */
class AccessibilityIT extends ChromiumTest {

    private static final String AXE = axeScript();

    static final List<String> MEETING_PAGES = List.of("/meetings", "/meetings/14", "/meetings/14/communique",
            "/meetings/14/communique/approval", "/meetings/18", "/meetings/18/agenda", "/meetings/18/proposals",
            "/meetings/18/proposals/matrix", "/meetings/18/minutes", "/meetings/18/communique",
            "/meetings/18/communique/approval", "/meetings/18/review", "/commitments", "/password");

    static final List<String> ADMIN_PAGES = List.of("/admin/committee", "/admin/parties", "/admin/areas", "/admin/users",
            "/admin/security-log", "/meetings/14/communique/import");

    @Test
    void noPageHasASeriousOrModerateAccessibilityProblemForAnyRole() {
        var problems = new ArrayList<String>();
        var visitor = newUser();
        visitor.navigate(url("/login"));
        problems.addAll(check(visitor, "/login", "visitor"));
        for (var username : List.of("admin", "ls.secretary", "cb.delegate", "gx.leader", "tq.leader")) {
            var page = newUser();
            signIn(page, username, DEMO_PASSWORD);
            var pages = username.equals("admin") ? Stream.concat(MEETING_PAGES.stream(), ADMIN_PAGES.stream()).toList()
                    : MEETING_PAGES;
            for (var path : pages) {
                page.navigate(url(path));
                problems.addAll(check(page, path, username));
                if (username.equals("admin")) {
                    problems.addAll(notInEnglish(page, path));
                }
            }
            if (username.equals("cb.delegate")) {
                problems.addAll(draftAProposal(page));
            }
        }
        assertThat(problems).as("axe-core violations of impact serious or moderate").isEmpty();
    }

    @Test
    void theCommitmentChartsLabelsAreAsLargeAsTheLegendsOnADeskAndOnAPhone() {
        for (var width : List.of(1400, 390)) {
            var page = newUser(width, 900);
            signIn(page, "cb.delegate", DEMO_PASSWORD);
            page.navigate(url("/commitments"));
            var label = page.locator(".status-chart .chart-label").first();
            label.waitFor();
            var size = ((Number) label.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue();
            var legend = ((Number) page.locator(".status-legend").first()
                    .evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue();
            assertThat(size).as("a chart label's size in CSS pixels, %d px wide", width).isGreaterThanOrEqualTo(14).isEqualTo(legend);
        }
    }

    /** The new-proposal dialog, then the draft's own page (the demo meeting holds no proposal yet). */
    private List<String> draftAProposal(Page page) {
        page.navigate(url("/meetings/18/proposals"));
        button(page, "Đề xuất mới").click();
        page.locator("vaadin-combo-box.proposal-area").waitFor();
        var problems = new ArrayList<>(check(page, "new proposal dialog", "cb.delegate"));
        page.keyboard().press("Escape");
        draftTourismProposal(page, 18, "Mở tuyến du lịch tự lái Cao Bằng - Bách Sắc", "开通高平—百色自驾游线路");
        problems.addAll(check(page, "the draft proposal", "cb.delegate"));
        return problems;
    }

    /**
     * Runs axe-core once the page has drawn its heading, and names every serious or moderate violation.
     * Vaadin's connection indicator is left out: the framework places it after the page, outside any
     * landmark we could give it, and it is empty while the connection holds.
     */
    @SuppressWarnings("unchecked")
    private List<String> check(Page page, String path, String who) {
        page.locator("h1").first().waitFor();
        page.waitForTimeout(300); // let the grids draw their first rows
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        var violations = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run({exclude: [['vaadin-connection-indicator']]}, {resultTypes: ['violations']})).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'moderate' || v.impact === 'critical')
                    .map(v => ({id: v.id, impact: v.impact, count: v.nodes.length,
                                target: JSON.stringify(v.nodes[0].target), summary: v.nodes[0].failureSummary}))""");
        return violations.stream()
                .map(v -> who + " " + path + ": " + v.get("id") + " (" + v.get("impact") + ", " + v.get("count")
                        + " nodes) at " + v.get("target") + " — " + v.get("summary"))
                .toList();
    }

    /**
     * The administrator reads English: every button, field label, grid header and menu entry is in
     * English (names and titles are data and may have no English; they are not labels). The boxes of a
     * text in three languages are labelled with each language's own name, as the language switch is
     * (ADR 0016): "Tiếng Việt", "中文". "Communiqué" is English.
     */
    @SuppressWarnings("unchecked")
    private static List<String> notInEnglish(Page page, String path) {
        var labels = (List<String>) page.evaluate("""
                () => {
                  const texts = [];
                  const add = t => { if (t && t.trim()) texts.push(t.trim()); };
                  document.querySelectorAll('main vaadin-button, vaadin-side-nav-item, vaadin-button.logout').forEach(b => add(b.textContent));
                  document.querySelectorAll('main [slot=label], main label, main [slot=helper]').forEach(l => add(l.textContent));
                  document.querySelectorAll('main vaadin-grid').forEach(grid => grid.shadowRoot
                      .querySelectorAll('thead slot').forEach(slot => slot.assignedNodes().forEach(n => add(n.textContent))));
                  return texts;
                }""");
        var notEnglish = Pattern.compile("[\\u00C0-\\u00E8\\u00EA-\\u024F\\u1EA0-\\u1EFF\\u3000-\\u9FFF]");
        return labels.stream().filter(t -> !List.of("Tiếng Việt", "中文").contains(t)).filter(t -> notEnglish.matcher(t).find())
                .map(t -> "admin " + path + ": not English: " + t).toList();
    }

    private static String axeScript() {
        try (var in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js on the test classpath (com.deque.html.axe-core:playwright)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
