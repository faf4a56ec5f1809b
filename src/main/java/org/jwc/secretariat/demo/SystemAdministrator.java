package org.jwc.secretariat.demo;

import java.util.Set;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs start-up work as an administrator, so that it passes the same access checks as anyone. */
final class SystemAdministrator {

    private SystemAdministrator() {
    }

    static void run(Runnable work) {
        var principal = new SecretariatUser(0, "system", "", "System", null, Set.of(Role.ADMIN), Language.EN,
                true, null, false);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
