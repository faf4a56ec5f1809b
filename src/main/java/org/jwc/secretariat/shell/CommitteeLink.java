package org.jwc.secretariat.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.user.WorkingCommittees;

/**
 * A link into one committee's pages, as an e-mail carries ({@code in/2/proposals/7}): opens the page
 * in that committee, switching to it first for a user who acts in several. A committee the user does
 * not act in switches nothing, and its page then answers as for any record out of reach.
 */
@Route(value = "in/:committee([0-9]{1,18})/:path*", autoLayout = false)
@PermitAll
public class CommitteeLink extends Div implements BeforeEnterObserver {

    private final WorkingCommittees working;
    private final CurrentUser currentUser;
    private final CommitteeSwitch committeeSwitch;

    CommitteeLink(WorkingCommittees working, CurrentUser currentUser, CommitteeSwitch committeeSwitch) {
        this.working = working;
        this.currentUser = currentUser;
        this.committeeSwitch = committeeSwitch;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        var committee = parameters.getLong("committee").orElseThrow();
        var actsThere = working.ofCurrentUser().stream().anyMatch(c -> c.id() == committee);
        if (actsThere && !Objects.equals(currentUser.require().committeeId(), committee)) {
            committeeSwitch.to(committee);
        }
        event.forwardTo(String.join("/", parameters.getWildcard("path")));
    }
}
