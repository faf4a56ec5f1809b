package org.jwc.secretariat.secondfactor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A one-time code is a second factor here, never a way in by itself: it is taken only from a session
 * already signed in with the password of the same account. Whoever reads a mailbox without knowing
 * the password gets nothing from the code in it.
 */
class SecondStepOnly implements AuthenticationProvider {

    private final OneTimeTokenAuthenticationProvider codes;

    SecondStepOnly(OneTimeTokenAuthenticationProvider codes) {
        this.codes = codes;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        if (!signedInWithPassword(current)) {
            throw new InvalidOneTimeTokenException("A one-time code completes a sign-in with the password");
        }
        var result = codes.authenticate(authentication);
        if (!current.getName().equals(result.getName())) {
            throw new InvalidOneTimeTokenException("The one-time code belongs to another account");
        }
        return result;
    }

    /** The session's sign-in, if it carries the password's factor. */
    static boolean signedInWithPassword(@Nullable Authentication current) {
        return current != null && current.isAuthenticated() && current.getAuthorities().stream()
                .anyMatch(a -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(a.getAuthority()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OneTimeTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
