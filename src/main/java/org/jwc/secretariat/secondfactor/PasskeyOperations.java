package org.jwc.secretariat.secondfactor;

import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.security.ClientAddress;
import org.jwc.secretariat.security.SecondFactorRule;
import org.jwc.secretariat.security.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Spring Security's relying party (webauthn4j does the checking), with one rule of ours: a passkey
 * is added only by a sign-in that has passed the second step. Otherwise whoever learnt a password
 * would add their own passkey and pass the step with it. Each passkey added goes to the security log.
 */
class PasskeyOperations implements WebAuthnRelyingPartyOperations {

    private final WebAuthnRelyingPartyOperations spring;
    private final ApplicationEventPublisher events;

    PasskeyOperations(WebAuthnRelyingPartyOperations spring, ApplicationEventPublisher events) {
        this.spring = spring;
        this.events = events;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        requireSecondStepPassed();
        return spring.createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        requireSecondStepPassed();
        // Spring stores the name as posted: a hand-made request is held to the page's rule.
        Validation.required("label", request.getPublicKey() == null ? null : request.getPublicKey().getLabel(),
                Passkeys.MAX_LABEL);
        var record = spring.registerCredential(request);
        events.publishEvent(new SecurityEvent(SecurityEvent.Kind.FACTOR_ENROLLED, request.getCreationOptions().getUser()
                .getName(), null, ClientAddress.current(), Passkeys.DETAIL));
        return record;
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return spring.createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return spring.authenticate(request);
    }

    private static void requireSecondStepPassed() {
        if (!SecondFactorRule.hasPassed(SecurityContextHolder.getContext().getAuthentication())) {
            throw new AccessDeniedException("error.secondFactorRequired");
        }
    }
}
