package org.jwc.secretariat.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who must pass a second factor (ADR 0022): every holder of a role named in
 * {@code jwc.security.second-factor.required-roles} (leaders and administrators unless configured
 * otherwise), and whoever chose to. Spring Security 7.0 would apply a factor rule to everyone, so the
 * rule is applied here, where the current user is resolved, and in the navigation.
 */
@Component
public class SecondFactorRule {

    /** What the e-mailed one-time code adds to a sign-in, beside the password's factor. */
    public static final String FACTOR = FactorGrantedAuthority.OTT_AUTHORITY;

    /** What a passkey adds instead: either completes the sign-in. */
    public static final String PASSKEY = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;

    /** Carried by the platform's own account only: its work passes no sign-in at all. */
    static final String SYSTEM = "SYSTEM";

    private final Set<Role> requiredRoles;

    SecondFactorRule(@Value("${jwc.security.second-factor.required-roles:}") String requiredRoles) {
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream(requiredRoles.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT))).forEach(roles::add);
        this.requiredRoles = Set.copyOf(roles);
    }

    public Set<Role> requiredRoles() {
        return requiredRoles;
    }

    /** Whether the user's role makes the second factor a duty rather than a choice. */
    public boolean isRequiredByRole(SecretariatUser user) {
        return user.roles().stream().anyMatch(requiredRoles::contains);
    }

    public boolean isRequired(SecretariatUser user) {
        return isRequiredByRole(user) || user.secondFactorChosen();
    }

    /** A sign-in that carries both the password and the one-time code or a passkey. */
    public static boolean hasPassed(@Nullable Authentication authentication) {
        return has(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY)
                && (has(authentication, FACTOR) || has(authentication, PASSKEY));
    }

    /** A signed-in user who still owes the second step: everything but that step is closed to them. */
    public boolean isMissing(@Nullable Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof SecretariatUser user)
                || has(authentication, SYSTEM)) {
            return false;
        }
        return isRequired(user) && !hasPassed(authentication);
    }

    private static boolean has(@Nullable Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
