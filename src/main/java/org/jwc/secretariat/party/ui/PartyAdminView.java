package org.jwc.secretariat.party.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jwc.secretariat.base.ui.NarrowScreen;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.party.Membership;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Roles;

/** The committee's parties with their names, side, time zone, dates, successor and place in the rotation. */
@Menu(order = 3, title = "nav.parties")
@Route("admin/parties")
@RolesAllowed(Roles.ADMIN)
class PartyAdminView extends VerticalLayout implements HasDynamicTitle {

    private final PartyService parties;
    private final Grid<Party> grid = new Grid<>();
    private Map<Long, Membership> memberships = Map.of();

    PartyAdminView(PartyService parties) {
        this.parties = parties;
        setSizeFull();
        var language = UiLanguage.current();
        var create = new Button(getTranslation("party.action.new"), e -> new PartyDialog(parties, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var admit = new Button(getTranslation("party.action.admit"), e -> new AdmitPartyDialog(parties, this::refresh).open());
        grid.addColumn(Party::code).setHeader(getTranslation("party.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.name(language)).setHeader(getTranslation("party.name")).setFlexGrow(3);
        var side = grid.addColumn(p -> getTranslation("side." + p.side().name())).setHeader(getTranslation("party.side"));
        var zone = grid.addColumn(p -> Times.zoneName(p.zone(), Instant.now(), getLocale())).setHeader(getTranslation("party.timeZone"));
        var from = grid.addColumn(Party::activeFrom).setHeader(getTranslation("party.activeFrom"));
        var until = grid.addColumn(p -> p.activeUntil() == null ? "" : p.activeUntil().toString())
                .setHeader(getTranslation("party.activeUntil"));
        var successor = grid.addColumn(p -> p.successorId() == null ? "" : parties.find(p.successorId()).map(s -> s.name(language))
                .orElse("")).setHeader(getTranslation("party.successor"));
        var hostOrder = grid.addColumn(p -> {
            var m = memberships.get(p.id());
            return m == null || m.hostOrder() == null ? "" : m.hostOrder().toString();
        }).setHeader(getTranslation("party.hostOrder"));
        NarrowScreen.hideOnPhones(grid, side, zone, from, until, successor, hostOrder);
        grid.addItemClickListener(e -> new PartyDialog(parties, e.getItem(), this::refresh).open());
        grid.setSizeFull();
        var actions = new HorizontalLayout(create, admit);
        actions.setWrap(true); // on a phone the second button goes under the first
        add(new H1(getTranslation("party.list.title")), actions, grid);
        refresh(null);
    }

    private void refresh(Party ignored) {
        memberships = parties.memberships().stream().collect(Collectors.toMap(Membership::partyId, Function.identity()));
        grid.setItems(parties.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("party.list.title");
    }
}
