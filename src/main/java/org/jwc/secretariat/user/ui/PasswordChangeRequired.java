package org.jwc.secretariat.user.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.user.UserService;
import org.springframework.stereotype.Component;

/** A user with a one-time password goes nowhere but to changing it, in every UI they open. */
@Component
class PasswordChangeRequired implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserService users;

    PasswordChangeRequired(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::requirePasswordChange));
    }

    private void requirePasswordChange(BeforeEnterEvent event) {
        // An error page asks nothing of the database, which may be the very thing that failed.
        if (event.isErrorEvent()) {
            return;
        }
        if (event.getNavigationTarget() != PasswordView.class && currentUser.get().isPresent()
                && users.mustChangeOwnPassword()) {
            event.forwardTo(PasswordView.class);
        }
    }
}
