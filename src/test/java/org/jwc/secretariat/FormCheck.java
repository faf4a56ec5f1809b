package org.jwc.secretariat;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ResourceBundle.Control;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.Translations;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Sends one generated form to a service and holds it to what a form may get back: the result, or a
 * refusal every language can show (a {@link RefusedException}, an {@link AccessDeniedException}
 * naming its reason as a key, a stale edit) after which every table is as it was. Anything else
 * thrown (a NullPointerException, a database's constraint violation…) fails the test as it is.
 * Counts the outcomes and logs them as "Generated input for …".
 */
public final class FormCheck {

    /** As base.ui.ErrorHandling reads an access refusal's reason. */
    private static final Pattern OWN_REASON = Pattern.compile("([a-z]+\\.)?error\\.[A-Za-z.]+");

    private final String service;
    private final Rows rows;
    private final TreeMap<String, Integer> outcomes = new TreeMap<>();
    private int sent;

    public FormCheck(String service, JdbcTemplate jdbc) {
        this.service = service;
        this.rows = new Rows(jdbc);
    }

    /** The service's answer to one form: the saved result, or the refusal as "field: key" (or "key"). */
    public record Answer<T>(@Nullable T saved, @Nullable String refusal) {

        public boolean accepted() {
            return refusal == null;
        }
    }

    public <T> Answer<T> send(Supplier<T> call) {
        sent++;
        var before = rows.snapshot();
        try {
            var saved = call.get();
            outcomes.merge("saved", 1, Integer::sum);
            return new Answer<>(saved, null);
        } catch (RefusedException e) {
            return refused(before, e.field() == null ? e.messageKey() : e.field() + ": " + e.messageKey(),
                    e.messageKey(), e.args());
        } catch (AccessDeniedException e) {
            assertThat(e.getMessage()).as("an access refusal names its reason as a key").matches(OWN_REASON);
            return refused(before, e.getMessage(), e.getMessage(), new Object[0]);
        } catch (OptimisticLockingFailureException e) {
            return refused(before, "error.concurrentEdit", "error.concurrentEdit", new Object[0]);
        }
    }

    /** For a call that returns nothing. */
    public Answer<Boolean> run(Runnable call) {
        return send(() -> {
            call.run();
            return Boolean.TRUE;
        });
    }

    private <T> Answer<T> refused(Rows.Snapshot before, String refusal, String key, Object[] args) {
        assertShownInEveryLanguage(key, args);
        assertThat(rows.snapshot().changesSince(before)).as("tables changed by the refusal " + refusal).isEmpty();
        outcomes.merge(key, 1, Integer::sum);
        return new Answer<>(null, refusal);
    }

    /** Logs the outcomes; the counts are the figures the docs quote. */
    public void report() {
        LoggerFactory.getLogger(FormCheck.class).info("Generated input for {}: {} inputs {}", service, sent, outcomes);
    }

    public int sent() {
        return sent;
    }

    /** From each language's own bundle, not through the screens' fallback to English, which would hide a gap. */
    public static void assertShownInEveryLanguage(String key, Object... args) {
        for (var language : Language.values()) {
            var bundle = ResourceBundle.getBundle(Translations.BUNDLE, language.locale(),
                    Control.getNoFallbackControl(Control.FORMAT_PROPERTIES));
            assertThat(bundle.containsKey(key)).as("%s in %s", key, language).isTrue();
            assertThat(new MessageFormat(bundle.getString(key), language.locale()).format(args))
                    .as("%s in %s", key, language).isNotBlank().doesNotContain("{0}");
        }
    }
}
