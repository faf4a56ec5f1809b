package org.jwc.secretariat.secondfactor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs a passkey ceremony in the browser (passkeys.js, through {@code executeJs}, as no script may be
 * bundled here): options from Spring Security, the browser's own {@code navigator.credentials},
 * the answer back to Spring Security. The browser and Spring Security do every check.
 */
final class PasskeyCeremony {

    static final String REGISTER = "register";
    static final String AUTHENTICATE = "authenticate";
    static final String OK = "ok";

    private static final String SCRIPT = script();

    private PasskeyCeremony() {
    }

    /** Hands the outcome, "ok" or why not (see passkeys.js), to {@code outcome} on the UI's thread. */
    static void run(Component owner, String mode, String label, Consumer<String> outcome) {
        var csrf = Csrf.current();
        var request = VaadinServletRequest.getCurrent();
        if (csrf == null || request == null) {
            outcome.accept("failed");
            return;
        }
        owner.getElement().executeJs(SCRIPT, mode, csrf.getHeaderName(), csrf.getToken(), label, request.getContextPath())
                .then(String.class, outcome::accept, error -> outcome.accept("failed"));
    }

    /** What to tell the user when the outcome was not "ok". */
    static String message(Component owner, String outcome) {
        return switch (outcome) {
            case "unsupported", "cancelled", "exists", "origin", "refused" -> owner.getTranslation("passkey.error." + outcome);
            default -> owner.getTranslation("passkey.error.failed");
        };
    }

    private static String script() {
        try (var in = Objects.requireNonNull(PasskeyCeremony.class.getResourceAsStream("passkeys.js"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
