package org.jwc.secretariat.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.user.UserService;

/**
 * Tells a user, once per sign-in, of the failed attempts on their name since their previous visit:
 * someone guessing their password is theirs to know (ADR 0021).
 */
final class FailedSignInsNotice {

    private static final String TOLD = FailedSignInsNotice.class.getName();

    private FailedSignInsNotice() {
    }

    static void showOnce(UserService users, PartyService parties) {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getAttribute(TOLD) != null) {
            return;
        }
        session.setAttribute(TOLD, Boolean.TRUE);
        var failed = users.failedSignInsSinceLastVisit();
        if (failed == null) {
            return;
        }
        var locale = UiLanguage.current().locale();
        var latest = Times.format(failed.latest(), parties.currentUserZone(), locale);
        Notifications.warning(UI.getCurrent().getTranslation("signIn.failedSinceLastVisit", failed.count(), latest,
                String.join(", ", failed.addresses())));
    }
}
