package org.jwc.secretariat.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.security.SecondFactorRule;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * A passkey's name as a hand-made request to /webauthn/register could send it: Spring would store
 * it as posted, so the relying party refuses an empty, overlong or troubled name before Spring's
 * check and nothing is kept. Spring's operations are not reached: the stand-in says so if they were.
 */
class PasskeyLabelTest {

    final List<Object> events = new ArrayList<>();
    final PasskeyOperations operations = new PasskeyOperations(neverReached(), events::add);

    @BeforeEach
    void aLeaderWhoPassedTheSecondStep() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("qn.leader",
                null, List.of(new SimpleGrantedAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY),
                        new SimpleGrantedAuthority(SecondFactorRule.FACTOR))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNameLongerThanThePagesLimitIsRefusedWithTheLimitNamed() {
        assertThatThrownBy(() -> operations.registerCredential(named("x".repeat(Passkeys.MAX_LABEL + 1))))
                .isInstanceOf(RefusedException.class).hasMessageContaining("validation.tooLong");
        assertThat(events).as("nothing enrolled, nothing logged").isEmpty();
    }

    @Test
    void anEmptyOrInvisibleNameIsRefused() {
        assertThatThrownBy(() -> operations.registerCredential(named("  "))).isInstanceOf(RefusedException.class)
                .hasMessageContaining("validation.required");
        assertThatThrownBy(() -> operations.registerCredential(named("Lap\u200Btop"))).isInstanceOf(RefusedException.class)
                .hasMessageContaining("validation.invisibleCharacter");
    }

    private static WebAuthnRelyingPartyOperations neverReached() {
        return new WebAuthnRelyingPartyOperations() {
            @Override
            public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
                    PublicKeyCredentialCreationOptionsRequest request) {
                throw new AssertionError("not reached");
            }

            @Override
            public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
                throw new AssertionError("a refused name reached Spring's check");
            }

            @Override
            public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
                    PublicKeyCredentialRequestOptionsRequest request) {
                throw new AssertionError("not reached");
            }

            @Override
            public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
                throw new AssertionError("not reached");
            }
        };
    }

    private static RelyingPartyRegistrationRequest named(String label) {
        return new RelyingPartyRegistrationRequest() {
            @Override
            public PublicKeyCredentialCreationOptions getCreationOptions() {
                return null;
            }

            @Override
            public RelyingPartyPublicKey getPublicKey() {
                var nothing = new Bytes(new byte[] {0});
                return new RelyingPartyPublicKey(PublicKeyCredential.<AuthenticatorAttestationResponse>builder().id("AA")
                        .rawId(nothing).type(PublicKeyCredentialType.PUBLIC_KEY).response(AuthenticatorAttestationResponse
                                .builder().attestationObject(nothing).clientDataJSON(nothing).build()).build(), label);
            }
        };
    }
}
