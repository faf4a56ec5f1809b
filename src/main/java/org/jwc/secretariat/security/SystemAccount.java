package org.jwc.secretariat.security;

import java.util.ArrayList;
import java.util.Set;
import org.jwc.secretariat.i18n.Language;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs the platform's own work (start-up data, scheduled reminders) as an administrator, so that it
 * passes the same access checks as anyone's.
 */
public final class SystemAccount {

    private SystemAccount() {
    }

    public static void run(Runnable work) {
        var principal = new SecretariatUser(0, "system", "", "System", null, Set.of(Role.ADMIN), Language.EN,
                null, true, false, false);
        var authorities = new ArrayList<GrantedAuthority>(principal.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(SecondFactorRule.SYSTEM));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
