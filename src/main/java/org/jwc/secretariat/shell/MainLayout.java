package org.jwc.secretariat.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.jwc.secretariat.base.ui.LanguageSelect;
import org.jwc.secretariat.base.ui.LiveUpdates;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.notification.NotificationService;
import org.jwc.secretariat.notification.ui.NotificationBell;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.user.UserService;
import org.jwc.secretariat.user.WorkingCommittees;

/**
 * Every signed-in page: the committee's name (a chooser for those who act in several), who is signed in (name, party, role), the language
 * switcher, and a navigation that shows only what this user's role may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final Main page = new Main();

    MainLayout(CommitteeService committee, PartyService parties, UserService users, CurrentUser currentUser,
            AuthenticationContext authentication, NotificationService notifications,
            LiveUpdates live, WorkingCommittees working, CommitteeSwitch committeeSwitch) {
        var language = UiLanguage.current();
        // The short name fits the bar; the full one, on every page and export, shows on hovering it.
        var title = new Span(committee.shortName().in(language));
        title.setTitle(committee.name().in(language));
        title.addClassName("committee-name");
        var actsIn = working.ofCurrentUser();
        var heading = actsIn.size() < 2 ? title
                : new CommitteeChooser(actsIn, currentUser.require().committeeId(), committeeSwitch);

        var switcher = new LanguageSelect(language);
        switcher.addValueChangeListener(e -> {
            users.changeOwnLanguage(e.getValue());
            UiLanguage.switchTo(e.getValue());
        });
        var logout = new Button(getTranslation("action.logout"), e -> authentication.logout());
        logout.addClassName("logout");
        var bell = new NotificationBell(notifications, live, parties, currentUser.require());
        var tools = new HorizontalLayout(bell, switcher, logout);
        tools.addClassName("navbar-tools");
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        // The bar is the banner landmark and the drawer a complementary one, so that screen readers
        // find every part of the page in a landmark.
        var bar = new Header(new DrawerToggle(), heading, tools);
        bar.addClassName("top-bar");
        addToNavbar(bar);

        var user = currentUser.require();
        var party = user.partyId() == null ? "" : parties.find(user.partyId()).map(p -> p.name(language)).orElse("");
        var roles = user.roles().stream().map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(", "));
        var who = new VerticalLayout(new Span(user.fullName()), new Span(party), new Span(roles));
        who.addClassName("current-user");
        who.setSpacing(false);

        var drawer = new Aside(who, new Scroller(navigation()));
        drawer.addClassName("drawer");
        addToDrawer(drawer);
        setPrimarySection(Section.DRAWER);
        page.addClassName("page");
        page.setSizeFull();
        setContent(page);
        FailedSignInsNotice.showOnce(users, parties);
    }

    /** Every page sits in the one {@code <main>} landmark, where a screen reader's "skip to main" lands. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        page.getElement().removeAllChildren();
        page.getElement().appendChild(content.getElement());
    }

    /**
     * Each feature marks its menu pages with {@code @Menu} (their order, and their title as a
     * translation key); Vaadin lists only those the user's role may open, so the shell knows no view.
     */
    private SideNav navigation() {
        var nav = new SideNav();
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        return nav;
    }

}
