package org.jwc.secretariat.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.user.UserService;
import org.springframework.stereotype.Component;

/**
 * Each new UI speaks the signed-in user's saved language (else the one chosen on the login page,
 * else the browser's). (The user module sends a user with a one-time password to change it.)
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserService users;

    UiSetup(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            var ui = e.getUI();
            ui.setLocale(languageFor(ui).locale());
        });
    }

    private Language languageFor(UI ui) {
        var user = currentUser.get();
        if (user.isPresent()) {
            try {
                return users.ownLanguage();
            } catch (RuntimeException unreachable) {
                // The database down must not leave a blank page: the language saved at sign-in serves.
                return user.get().language();
            }
        }
        var awaiting = currentUser.awaitingSecondFactor();
        if (awaiting.isPresent()) {
            return awaiting.get().language();
        }
        var request = VaadinRequest.getCurrent();
        return UiLanguage.chosenInSession()
                .orElseGet(() -> request == null ? Language.VI : Language.of(request.getLocale()));
    }
}
