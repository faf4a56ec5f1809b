package org.jwc.secretariat.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Position;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.agenda.AgendaItemDraft;
import org.jwc.secretariat.agenda.AgendaItemKind;
import org.jwc.secretariat.agenda.AgendaService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The host's secretary (Lạng Sơn hosts meeting 18) reorders the official agenda by dragging a row,
 * and Guangxi's secretary, with the agenda open in another browser, sees the new order without
 * reloading.
 */
class OfficialAgendaIT extends ChromiumTest {

    private static final List<String> TITLES = List.of("Báo cáo của Quảng Ninh", "Báo cáo của Cao Bằng",
            "Phát biểu của Quảng Tây");
    /** The same titles in Chinese, as Guangxi's secretary reads the agenda. */
    private static final List<String> TITLES_ZH = List.of("广宁省报告", "高平省报告", "广西发言");

    @Autowired AgendaService agenda;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theHostDragsAnItemToTheTopAndGuangxiSeesTheNewOrderLive() {
        placeOnTheOfficialAgenda();
        var host = newUser();
        signIn(host, "ls.secretary", DEMO_PASSWORD);
        host.navigate(url("/meetings/18/agenda"));
        var guangxi = newUser();
        signIn(guangxi, "gx.secretary", DEMO_PASSWORD);
        guangxi.navigate(url("/meetings/18/agenda"));
        assertThat(cell(guangxi, TITLES_ZH.get(2))).isVisible();
        assertThat(cell(host, TITLES.get(2))).isVisible();
        assertThat(titlesInOrder(guangxi, TITLES_ZH)).containsExactlyElementsOf(TITLES_ZH);

        var last = cell(host, TITLES.get(2));
        last.dragTo(cell(host, TITLES.get(0)), new Locator.DragToOptions().setTargetPosition(new Position(20, 2)));

        host.waitForCondition(() -> titlesInOrder(host, TITLES).getFirst().equals(TITLES.get(2)));
        guangxi.waitForCondition(() -> titlesInOrder(guangxi, TITLES_ZH).getFirst().equals(TITLES_ZH.get(2)));
        assertThat(titlesInOrder(guangxi, TITLES_ZH)).containsExactly(TITLES_ZH.get(2), TITLES_ZH.get(0), TITLES_ZH.get(1));
    }

    /** Quảng Ninh, Cao Bằng and Guangxi each submit an item; the host places them in that order. */
    private void placeOnTheOfficialAgenda() {
        SignedIn.as(accounts, "ls.secretary");
        var meeting = meetings.findByNumber(18).orElseThrow().id();
        var ids = new java.util.ArrayList<Long>();
        for (var party : List.of("qn", "cb", "gx")) {
            SignedIn.as(accounts, party + ".secretary");
            var item = agenda.draft(meeting, new AgendaItemDraft(new LocalizedText(TITLES.get(ids.size()), TITLES_ZH.get(ids.size()), null),
                    new LocalizedText("Nội dung", "内容", null), AgendaItemKind.REPORT, 15, null));
            ids.add(agenda.submit(item.id(), item.getVersion()).id());
        }
        SignedIn.as(accounts, "ls.secretary");
        ids.forEach(id -> agenda.place(id, agenda.get(id).getVersion()));
    }

    private static Locator cell(Page page, String title) {
        return page.locator("vaadin-grid.official-agenda vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(title));
    }

    /** The given titles as the official agenda's rows show them, top to bottom. */
    private static List<String> titlesInOrder(Page page, List<String> titles) {
        @SuppressWarnings("unchecked")
        var shown = (List<String>) page.locator("vaadin-grid.official-agenda").evaluate("""
                (grid, titles) => [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(row => !row.hidden)
                    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
                    .map(row => [...row.querySelectorAll('slot')]
                        .map(slot => slot.assignedElements().map(e => e.textContent).join(''))
                        .find(text => titles.includes(text)))
                    .filter(Boolean)""", titles);
        return shown;
    }
}
