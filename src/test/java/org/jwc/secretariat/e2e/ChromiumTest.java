package org.jwc.secretariat.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.jwc.secretariat.MissingTool;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Real users in real Chromium against the running application with its demo data; one browser context per user. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jwc.test.tier=e2e")
@ActiveProfiles({"test", "demo"})
abstract class ChromiumTest {

    static final String DEMO_PASSWORD = "jwc-demo-2026";

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort int port;
    private final List<Page> pages = new ArrayList<>();

    /** Debian's Chromium: nothing is downloaded. */
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            MissingTool.report("Not found: " + CHROMIUM + "; apt-get install chromium (or run .ci/run, which installs every tier's tools)");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A new browser context, as another person at another office would have. */
    Page newUser() {
        return newUser(1400, 1000);
    }

    /** The same on a screen of the given size (a phone is 390 × 844). */
    Page newUser(int width, int height) {
        var page = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(width, height)).newPage();
        page.setDefaultTimeout(20_000);
        pages.add(page);
        return page;
    }

    @AfterEach
    void closePages(TestInfo test) {
        // The last screen of each user, for a reader of a failed CI run.
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(
                    Path.of("target", "e2e", test.getTestMethod().orElseThrow().getName() + "-" + i + ".png")));
            pages.get(i).context().close();
        }
        pages.clear();
    }

    void signIn(Page page, String username, String password) {
        if (!page.url().contains("/login")) {
            page.navigate(url("/login"));
        }
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** A delegate of a Vietnamese party drafts a tourism proposal on the meeting's proposals page, and lands on it. */
    void draftTourismProposal(Page page, int meeting, String titleVi, String titleZh) {
        page.navigate(url("/meetings/" + meeting + "/proposals"));
        button(page, "Đề xuất mới").click();
        page.locator("vaadin-combo-box.proposal-area input").fill("Du lịch");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Du lịch")).first().click();
        textbox(page, "Tiếng Việt").nth(0).fill(titleVi);
        textbox(page, "中文").nth(0).fill(titleZh);
        textbox(page, "Tiếng Việt").nth(1).fill("Hai bên phối hợp mở tuyến du lịch tự lái.");
        textbox(page, "中文").nth(1).fill("双方协调开通自驾游线路。");
        button(page, "Lưu").click();
        page.waitForURL(Pattern.compile(".*/proposals/\\d+$"));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator textbox(Page page, String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
