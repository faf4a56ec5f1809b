package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.jwc.secretariat.i18n.Language;

/** The language the current browser session has chosen, before or without a saved preference. */
public final class UiLanguage {

    private static final String ATTRIBUTE = UiLanguage.class.getName();

    private UiLanguage() {
    }

    public static Language current() {
        return Language.of(UI.getCurrent().getLocale());
    }

    public static Optional<Language> chosenInSession() {
        var session = VaadinSession.getCurrent();
        return Optional.ofNullable(session == null ? null : (Language) session.getAttribute(ATTRIBUTE));
    }

    /** Switches the whole session to a language at once: every open view is rebuilt in it. */
    public static void switchTo(Language language) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, language);
        var ui = UI.getCurrent();
        ui.setLocale(language.locale());
        ui.getPage().reload();
    }
}
