package org.jwc.secretariat.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where passkeys are bound: the host and origin of the platform's public address, and nowhere without one. */
class RelyingPartyTest {

    @Test
    void theHostOfThePublicAddressIsTheIdAndItsOriginTheOneAccepted() {
        var party = RelyingParty.of("https://jwc.example.org/secretariat/", "JWC");
        assertThat(party.id()).isEqualTo("jwc.example.org");
        assertThat(party.origins()).containsExactly("https://jwc.example.org");
        assertThat(party.configured()).isTrue();
    }

    @Test
    void aPortIsPartOfTheOrigin() {
        var party = RelyingParty.of("http://localhost:8080", "JWC");
        assertThat(party.id()).isEqualTo("localhost");
        assertThat(party.origins()).containsExactly("http://localhost:8080");
    }

    @Test
    void withoutAPublicAddressNoOriginIsAcceptedAndNoPasskeyOffered() {
        var party = RelyingParty.of(" ", "JWC");
        assertThat(party.origins()).isEmpty();
        assertThat(party.configured()).isFalse();
    }
}
