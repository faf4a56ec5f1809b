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

    /** The platform's own account has no row among the users. */
    public static final long USER_ID = 0;

    private SystemAccount() {
    }

    /** Runs the work in the platform's first committee, or before there is one. */
    public static void run(Runnable work) {
        runAs(principal(), work);
    }

    /** Runs the work in the given committee: a duty that goes through every committee in turn. */
    public static void runIn(long committeeId, Runnable work) {
        var principal = principal();
        runAs(principal.inCommittee(committeeId, principal.roles()), work);
    }

    private static SecretariatUser principal() {
        return new SecretariatUser(USER_ID, "system", "", "System", null, Set.of(Role.ADMIN, Role.PLATFORM_ADMIN), Language.EN,
                null, true, false, false);
    }

    private static void runAs(SecretariatUser principal, Runnable work) {
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
