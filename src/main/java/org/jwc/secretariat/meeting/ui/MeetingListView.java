package org.jwc.secretariat.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.jwc.secretariat.base.ui.LinkColumn;
import org.jwc.secretariat.base.ui.NarrowScreen;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;

/** All meetings, latest first, with host, co-chair and phase; administrators plan the next one. */
@Menu(order = 1, title = "nav.meetings")
@Route("meetings")
@RouteAlias("")
@PermitAll
class MeetingListView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingService meetings;
    private final PartyService parties;
    private final Grid<Meeting> grid = new Grid<>();

    MeetingListView(MeetingService meetings, PartyService parties, CurrentUser currentUser) {
        this.meetings = meetings;
        this.parties = parties;
        setSizeFull();
        var heading = new H1(getTranslation("meeting.list.title"));
        add(heading);
        if (currentUser.require().hasRole(Role.ADMIN)) {
            var create = new Button(getTranslation("meeting.action.new"), e -> openNewMeeting());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            add(create);
        }
        configureGrid();
        add(grid);
        refresh();
    }

    private void configureGrid() {
        var language = UiLanguage.current();
        var locale = getLocale();
        var zone = parties.currentUserZone();
        var byId = parties.byId();
        grid.addColumn(Meeting::number).setHeader(getTranslation("meeting.number")).setAutoWidth(true).setFlexGrow(0);
        LinkColumn.add(grid, m -> "meetings/" + m.number(), m -> m.title().in(language), m -> getUI().ifPresent(ui -> ui.navigate(
                MeetingView.class, new RouteParameters("number", String.valueOf(m.number()))))).setHeader(getTranslation("meeting.title"))
                .setFlexGrow(3);
        grid.addColumn(m -> Times.date(m.startsAt(), zone, locale)).setHeader(getTranslation("meeting.date")).setAutoWidth(true);
        var host = grid.addColumn(m -> byId.get(m.hostPartyId()).name(language)).setHeader(getTranslation("meeting.host"));
        var coChair = grid.addColumn(m -> byId.get(m.coChairPartyId()).name(language)).setHeader(getTranslation("meeting.coChair"));
        var phase = grid.addColumn(m -> getTranslation("phase." + m.phase().name())).setHeader(getTranslation("meeting.phase"));
        NarrowScreen.hideOnPhones(grid, host, coChair, phase);
        grid.setSizeFull();
    }

    private void openNewMeeting() {
        new MeetingDialog(meetings, parties, null, saved -> refresh()).open();
    }

    private void refresh() {
        grid.setItems(meetings.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.list.title");
    }
}
