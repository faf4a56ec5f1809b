package org.jwc.secretariat.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The rule every feature applies: a user acts for their own party only. */
@DatabaseTest
class PartyScopeTest {

    @Autowired CurrentUser currentUser;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aLangSonDelegateActsForLangSonButNotForCaoBang() {
        SignedIn.as(accounts, "ls.delegate");
        var langSon = parties.findByCode("LS").orElseThrow().id();
        var caoBang = parties.findByCode("CB").orElseThrow().id();
        assertThat(currentUser.isOwnParty(langSon)).isTrue();
        assertThatCode(() -> currentUser.requireOwnParty(langSon)).doesNotThrowAnyException();
        assertThat(currentUser.isOwnParty(caoBang)).isFalse();
        assertThatThrownBy(() -> currentUser.requireOwnParty(caoBang))
                .isInstanceOf(AccessDeniedException.class).hasMessage("error.otherParty");
    }

    @Test
    void anAdministratorBelongsToNoPartyAndSoActsForNone() {
        SignedIn.as(accounts, "admin");
        assertThat(currentUser.isOwnParty(parties.findByCode("GX").orElseThrow().id())).isFalse();
    }

    @Test
    void nobodySignedInActsForNoParty() {
        assertThat(currentUser.isOwnParty(1)).isFalse();
        assertThatThrownBy(currentUser::require).isInstanceOf(AccessDeniedException.class);
    }
}
