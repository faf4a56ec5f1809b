package org.jwc.secretariat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A delegate on a phone (390 × 844): the top bar keeps the committee's name, the bell, the language
 * and sign-out on the screen, on every page, and the page itself never scrolls sideways. (The lists
 * still scroll within themselves; cards for narrow screens come next.)
 */
class PhoneLayoutIT extends ChromiumTest {

    static final List<String> PAGES = List.of("/meetings", "/meetings/18", "/meetings/18/agenda", "/meetings/18/proposals",
            "/meetings/18/minutes", "/meetings/18/communique", "/commitments");

    @Test
    void aCaoBangDelegatesPhoneShowsEveryPageWithinItsWidth() {
        var phone = newUser(390, 844);
        signIn(phone, "cb.delegate", DEMO_PASSWORD);
        for (var path : PAGES) {
            phone.navigate(url(path));
            phone.locator("vaadin-button.logout").waitFor();
            phone.locator("h1").first().waitFor();
            assertThat(overflow(phone)).as("what runs past the right edge of %s", path).isEmpty();
            assertThat(phone.locator(".committee-name").boundingBox().width).as("the name still shows").isGreaterThan(60);
            var logout = phone.locator("vaadin-button.logout").boundingBox();
            assertThat(logout.x + logout.width).as("sign-out on the screen on %s", path).isLessThanOrEqualTo(390);
        }
    }

    /** The page's width beyond the screen's, and the visible elements that stick out past its right edge. */
    @SuppressWarnings("unchecked")
    private static List<String> overflow(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const width = window.innerWidth;
                  const out = [];
                  if (document.documentElement.scrollWidth > width) out.push('page ' + document.documentElement.scrollWidth);
                  for (const e of document.querySelectorAll('vaadin-app-layout > [slot=navbar], vaadin-app-layout > [slot=navbar] *')) {
                    const r = e.getBoundingClientRect();
                    if (r.width > 0 && r.height > 0 && r.right > width + 1 && getComputedStyle(e).visibility !== 'hidden') {
                      out.push(e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ' + Math.round(r.right));
                    }
                  }
                  return out.slice(0, 20);
                }""");
    }
}
