package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.List;
import org.jwc.secretariat.base.MessageKey;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whatever a service refuses reaches the user as a clear message in their language, never as a
 * stack trace: a refusal with its reason, a denied action, a concurrent edit.
 */
@Component
public class ErrorHandling implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    /** A message key such as "error.otherParty" or "proposal.error.secretaryRevises". */
    private static final java.util.regex.Pattern OWN_REASON = java.util.regex.Pattern.compile("([a-z]+\\.)?error\\.[A-Za-z.]+");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        Notifications.error(messageFor(event.getThrowable(), ui));
    }

    /**
     * A refusal's reason in the reader's language, its arguments translated where they are keys,
     * and shown in that language where they are texts kept per language (a record's title).
     */
    public static String translate(RefusedException refused, UI ui) {
        return message(refused.messageKey(), Arrays.asList(refused.args()), ui);
    }

    /** A message kept as a key and arguments (a refusal, a thing left open), in the reader's language. */
    public static String message(String key, List<?> arguments, UI ui) {
        var args = arguments.stream()
                .map(a -> switch (a) {
                    case MessageKey k -> ui.getTranslation(k.key());
                    case LocalizedText text -> text.in(Language.of(ui.getLocale()));
                    case null, default -> a;
                })
                .toArray();
        return ui.getTranslation(key, args);
    }

    /**
     * Runs a user's action from a component on screen; a refusal is shown in the user's language.
     * Returns whether it was done, for the caller to redraw.
     */
    public static boolean attempt(com.vaadin.flow.component.Component source, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            Notifications.error(messageFor(e, source.getUI().orElseThrow()));
            return false;
        }
    }

    /** The translated message for a failure of an action; unexpected ones are logged in full. */
    public static String messageFor(Throwable throwable, UI ui) {
        return messageFor(throwable, ui, "error.unexpected", "error.databaseUnreachable");
    }

    /**
     * The same for a failure while a page reads what it shows: the reader did nothing that could be
     * lost, and is not told that "nothing was saved".
     */
    public static String messageForReading(Throwable throwable, UI ui) {
        return messageFor(throwable, ui, "error.unexpectedReading", "error.databaseUnreachableReading");
    }

    private static String messageFor(Throwable throwable, UI ui, String unexpectedKey, String unreachableKey) {
        if (databaseUnreachable(throwable)) {
            log.warn("The database cannot be reached: {}", throwable.toString());
            return ui.getTranslation(unreachableKey);
        }
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof RefusedException refused) {
                return translate(refused, ui);
            }
            if (t instanceof AccessDeniedException denied) {
                // Our own refusals name their reason as a key; Spring's carry English text.
                var reason = denied.getMessage();
                return ui.getTranslation(reason != null && OWN_REASON.matcher(reason).matches() ? reason : "error.denied");
            }
            if (t instanceof OptimisticLockingFailureException) {
                return ui.getTranslation("error.concurrentEdit");
            }
        }
        log.error("Unexpected error", throwable);
        return ui.getTranslation(unexpectedKey);
    }

    /** No connection to be had, or the one in use lost: nothing was saved, and trying again later may work. */
    private static boolean databaseUnreachable(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
