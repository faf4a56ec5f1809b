package org.jwc.secretariat.secondfactor;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;

/**
 * A passkey is a second factor here, as the one-time code is (see {@link SecondStepOnly}): Spring
 * Security checks its signature, and it counts only in a session already signed in with the
 * password of the same account. Whoever holds someone's device without their password gets nothing.
 */
class PasskeySecondStepOnly implements AuthenticationProvider {

    private final WebAuthnAuthenticationProvider passkeys;

    PasskeySecondStepOnly(WebAuthnAuthenticationProvider passkeys) {
        this.passkeys = passkeys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        if (!SecondStepOnly.signedInWithPassword(current)) {
            throw new BadCredentialsException("A passkey completes a sign-in with the password");
        }
        var result = passkeys.authenticate(authentication);
        if (!current.getName().equals(result.getName())) {
            throw new BadCredentialsException("The passkey belongs to another account");
        }
        // Spring's result names the passkey's user entity; the platform's own user, signed in with the
        // password, stays the principal, and Spring's multi-factor support adds the password's factor.
        var completed = UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null,
                result.getAuthorities());
        completed.setDetails(current.getDetails());
        return completed;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
