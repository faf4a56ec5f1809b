package org.jwc.secretariat.security;

import java.util.ArrayList;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user on whose behalf the current request runs, and the party-scoping rule: a user acts for
 * their own party only. Services call {@link #requireOwnParty(long)} before touching a party's
 * records; {@code @PreAuthorize("@currentUser.isOwnParty(#partyId)")} works too.
 */
@Component("currentUser")
public class CurrentUser {

    private final SecondFactorRule secondFactor;

    CurrentUser(SecondFactorRule secondFactor) {
        this.secondFactor = secondFactor;
    }

    /** The signed-in user; none while they still owe the second factor (ADR 0022). */
    public Optional<SecretariatUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SecretariatUser user
                && !secondFactor.isMissing(authentication)) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The user who signed in with their password and still owes the second factor, for that step alone. */
    public Optional<SecretariatUser> awaitingSecondFactor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (secondFactor.isMissing(authentication) && authentication.getPrincipal() instanceof SecretariatUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** For {@code @PreAuthorize}: false while a second factor is owed. */
    public boolean hasItsFactors() {
        return !secondFactor.isMissing(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * Replaces the signed-in principal with the same user in another committee: the factors passed
     * stay, the roles become those of the new principal. Returns the context for the session to keep.
     */
    public SecurityContext become(SecretariatUser principal) {
        var current = require();
        if (current.userId() != principal.userId()) {
            throw new AccessDeniedException("error.notSignedIn");
        }
        var authorities = new ArrayList<GrantedAuthority>();
        SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .filter(a -> a.getAuthority() == null || !a.getAuthority().startsWith("ROLE_")).forEach(authorities::add);
        authorities.addAll(principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        return context;
    }

    public SecretariatUser require() {
        return get().orElseThrow(() -> new AccessDeniedException(
                awaitingSecondFactor().isPresent() ? "error.secondFactorRequired" : "error.notSignedIn"));
    }

    public boolean isOwnParty(long partyId) {
        return get().map(u -> u.partyId() != null && u.partyId() == partyId).orElse(false);
    }

    /** The current user's party; refused for users who act for no party (administrators). */
    public long ownPartyId() {
        var partyId = require().partyId();
        if (partyId == null) {
            throw new AccessDeniedException("error.otherParty");
        }
        return partyId;
    }

    /** Refuses unless the current user belongs to the given party. */
    public void requireOwnParty(long partyId) {
        if (!isOwnParty(partyId)) {
            throw new AccessDeniedException("error.otherParty");
        }
    }
}
