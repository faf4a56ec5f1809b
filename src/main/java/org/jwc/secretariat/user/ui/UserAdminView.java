package org.jwc.secretariat.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jwc.secretariat.base.ui.NarrowScreen;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.Roles;
import org.jwc.secretariat.user.SecondFactorEnrolment;
import org.jwc.secretariat.user.User;
import org.jwc.secretariat.user.UserService;

/** Accounts: who they are, their party and roles, whether enabled. */
@Menu(order = 5, title = "nav.users")
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final Grid<User> grid = new Grid<>();
    private Map<Long, Set<Role>> rolesHere = Map.of();

    UserAdminView(UserService users, SecondFactorEnrolment secondFactor, PartyService parties) {
        this.users = users;
        setSizeFull();
        var language = UiLanguage.current();
        var create = new Button(getTranslation("user.action.new"), e -> new UserDialog(users, secondFactor, parties, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClassName("new-user");
        grid.addColumn(User::username).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(u -> u.profile().fullName()).setHeader(getTranslation("user.fullName")).setFlexGrow(2);
        var byId = parties.byId();
        var party = grid.addColumn(u -> u.profile().partyId() == null || !byId.containsKey(u.profile().partyId()) ? ""
                : byId.get(u.profile().partyId()).name(language))
                .setHeader(getTranslation("user.party"));
        var roles = grid.addColumn(u -> rolesHere.getOrDefault(u.id(), Set.of()).stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles"));
        var status = grid.addColumn(this::status).setHeader(getTranslation("user.status"));
        NarrowScreen.hideOnPhones(grid, party, roles, status);
        grid.addItemClickListener(e -> new UserDialog(users, secondFactor, parties, e.getItem(), this::refresh).open());
        grid.setSizeFull();
        add(new H1(getTranslation("user.list.title")), create, grid);
        refresh();
    }

    private String status(User user) {
        if (!user.profile().enabled()) {
            return getTranslation("user.status.disabled");
        }
        return getTranslation(user.mustChangePassword() ? "user.status.mustChangePassword" : "user.status.active");
    }

    private void refresh() {
        var all = users.all();
        rolesHere = users.rolesHere(all);
        grid.setItems(all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.list.title");
    }
}
