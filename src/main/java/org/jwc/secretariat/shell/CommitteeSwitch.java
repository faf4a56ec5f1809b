package org.jwc.secretariat.shell;

import com.vaadin.flow.server.VaadinSession;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.user.WorkingCommittees;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Makes a committee the one worked in (ADR 0025): for this request, for the rest of the session and
 * for the next sign-in. Refused, as an unknown one, for a committee the user does not act in.
 */
@Component
class CommitteeSwitch {

    private final WorkingCommittees working;
    private final CurrentUser currentUser;

    CommitteeSwitch(WorkingCommittees working, CurrentUser currentUser) {
        this.working = working;
        this.currentUser = currentUser;
    }

    void to(long committeeId) {
        var context = currentUser.become(working.workIn(committeeId));
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
}
