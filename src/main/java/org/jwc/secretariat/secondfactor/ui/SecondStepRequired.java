package org.jwc.secretariat.secondfactor.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jwc.secretariat.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A user who owes the second factor goes nowhere but to the second step, in every UI they open and
 * whatever address they type. (The services refuse them too: {@code CurrentUser} names nobody yet.)
 */
@Component
class SecondStepRequired implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    SecondStepRequired(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::requireSecondStep));
    }

    private void requireSecondStep(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != SecondStepView.class && currentUser.awaitingSecondFactor().isPresent()) {
            event.forwardTo(SecondStepView.class);
        }
    }
}
