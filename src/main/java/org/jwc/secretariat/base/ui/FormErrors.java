package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a save and puts a refusal next to the field it concerns; other failures become a
 * notification. The form stays open with the user's input, so nothing typed is lost.
 */
public final class FormErrors {

    private final Map<String, ? extends HasValidation> fields;
    private @Nullable Runnable onConflict;

    public FormErrors(Map<String, ? extends HasValidation> fields) {
        this.fields = fields;
    }

    /** What to do when someone else saved the record first, instead of only saying so. */
    public FormErrors onConflict(Runnable handler) {
        this.onConflict = handler;
        return this;
    }

    /** A refusal for a text left out: by convention its key ends in "required" (or asks for both official languages). */
    private static boolean isMissing(String messageKey) {
        return messageKey.toLowerCase(java.util.Locale.ROOT).endsWith("required") || messageKey.equals("validation.officialLanguages");
    }

    /** The save's result, or null when it was refused (the reason is shown). */
    public <T> @Nullable T save(Supplier<T> action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            return action.get();
        } catch (RefusedException e) {
            if (onConflict != null && e.messageKey().equals("error.concurrentEdit")) {
                onConflict.run();
                return null;
            }
            var field = e.field() == null ? null : fields.get(e.field());
            var message = ErrorHandling.translate(e, UI.getCurrent());
            if (field instanceof LocalizedTextField texts && isMissing(e.messageKey())) {
                texts.showMissing(message);
            } else if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        } catch (OptimisticLockingFailureException e) {
            if (onConflict != null) {
                onConflict.run();
            } else {
                Notifications.error(ErrorHandling.messageFor(e, UI.getCurrent()));
            }
        } catch (RuntimeException e) {
            Notifications.error(ErrorHandling.messageFor(e, UI.getCurrent()));
        }
        return null;
    }
}
