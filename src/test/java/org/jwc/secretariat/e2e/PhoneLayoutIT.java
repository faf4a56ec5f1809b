package org.jwc.secretariat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a phone (390 × 844) the top bar keeps the committee's name, the bell, the language and sign-out
 * on the screen (the administrator's committee chooser too), and every page fits its width: nothing sticks out past the right edge, no list
 * scrolls sideways (a list drops the columns that its rows' own pages show), and no cell cuts its
 * text short.
 */
class PhoneLayoutIT extends ChromiumTest {

    static final List<String> PAGES = List.of("/meetings", "/meetings/18", "/meetings/18/agenda", "/meetings/18/proposals",
            "/meetings/18/proposals/matrix", "/meetings/18/minutes", "/meetings/18/communique", "/commitments");

    static final List<String> ADMIN_PAGES = List.of("/meetings", "/admin/parties", "/admin/users", "/admin/areas",
            "/admin/security-log", "/meetings/14/minutes");

    @Test
    void aCaoBangDelegateDraftsAProposalOnTheirPhoneAndEveryPageFitsItsWidth() {
        var phone = newUser(390, 844);
        signIn(phone, "cb.delegate", DEMO_PASSWORD);
        draftTourismProposal(phone, 18, "Phối hợp tổ chức tuyến du lịch tự lái xuyên biên giới Cao Bằng – Bách Sắc",
                "协调组织高平—百色跨境自驾游线路");
        assertFits(phone, "the draft's page");

        for (var path : PAGES) {
            phone.navigate(url(path));
            assertFits(phone, path);
        }
        phone.navigate(url("/meetings/18/proposals"));
        var listed = phone.locator("vaadin-grid.proposals a", new Page.LocatorOptions().setHasText("Cao Bằng – Bách Sắc"));
        listed.waitFor();
        assertThat(listed.count()).as("the draft listed, as a link").isEqualTo(1);
        assertFits(phone, "the list with the draft");
    }

    @Test
    void theAdministratorsListsFitAPhone() {
        var phone = newUser(390, 844);
        signIn(phone, "admin", DEMO_PASSWORD);
        for (var path : ADMIN_PAGES) {
            phone.navigate(url(path));
            assertFits(phone, path);
        }
    }

    private static void assertFits(Page phone, String path) {
        phone.locator("vaadin-button.logout").waitFor();
        phone.locator("h1").first().waitFor();
        phone.waitForTimeout(300); // the grids' first rows
        assertThat(overflow(phone)).as("what runs past the right edge of %s", path).isEmpty();
        assertThat(phone.locator(".committee-name, .committee-chooser").first().boundingBox().width)
                .as("the name, or the chooser of those who act in several, still shows").isGreaterThan(60);
        var logout = phone.locator("vaadin-button.logout").boundingBox();
        assertThat(logout.x + logout.width).as("sign-out on the screen on %s", path).isLessThanOrEqualTo(390);
    }

    /** The page's width beyond the screen's, what sticks out past its right edge, lists that scroll sideways, and cut cells. */
    @SuppressWarnings("unchecked")
    private static List<String> overflow(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const width = window.innerWidth;
                  const out = [];
                  if (document.documentElement.scrollWidth > width) out.push('page ' + document.documentElement.scrollWidth);
                  const name = e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.');
                  for (const e of document.querySelectorAll('vaadin-app-layout > [slot=navbar] *, main *')) {
                    if (e.closest('vaadin-grid')) continue;
                    const r = e.getBoundingClientRect();
                    if (r.width > 0 && r.height > 0 && r.right > width + 1 && getComputedStyle(e).visibility !== 'hidden') {
                      out.push(name(e) + ' ' + Math.round(r.right));
                    }
                  }
                  for (const grid of document.querySelectorAll('main vaadin-grid')) {
                    const table = grid.shadowRoot.querySelector('#table');
                    if (table.scrollWidth > table.clientWidth + 1) {
                      out.push(name(grid) + ' scrolls sideways: ' + table.scrollWidth + ' > ' + table.clientWidth);
                    }
                    for (const cell of grid.querySelectorAll('vaadin-grid-cell-content')) {
                      if (cell.offsetParent !== null && cell.scrollWidth > cell.clientWidth + 1) {
                        out.push(name(grid) + ' cuts "' + cell.textContent.trim().slice(0, 40) + '"');
                      }
                    }
                  }
                  return out.slice(0, 20);
                }""");
    }
}
