package org.jwc.secretariat;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.user.WorkingCommittees;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs test code as a real account of the database, the way a signed-in request would. */
public final class SignedIn {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private SignedIn() {
    }

    public static void as(UserDetailsService accounts, String username) {
        withFactors(accounts, username);
    }

    /** A sign-in as Spring Security's filters leave it: the account's roles and the factors passed. */
    public static void withFactors(UserDetailsService accounts, String username, String... factors) {
        var user = accounts.loadUserByUsername(username);
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        for (var factor : factors) {
            authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    /**
     * Signs in and works in the given committee, as the chooser in the top bar makes it; the choice
     * is forgotten again, so that the account's next sign-in in another test opens where it did.
     */
    public static void workingIn(ApplicationContext context, String username, long committeeId) {
        as(context.getBean(UserDetailsService.class), username);
        var principal = context.getBean(WorkingCommittees.class).workIn(committeeId);
        context.getBean(CurrentUser.class).become(principal);
        context.getBean(JdbcTemplate.class).update("UPDATE app_user SET last_committee_id = NULL WHERE id = ?", principal.userId());
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A name no other test uses, as tests share one database on MariaDB. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }
}
