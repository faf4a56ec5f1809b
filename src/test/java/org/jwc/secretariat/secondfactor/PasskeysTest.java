package org.jwc.secretariat.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.user.SecondFactorEnrolment;
import org.jwc.secretariat.user.UserProfile;
import org.jwc.secretariat.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Passkeys in Spring Security's tables (V021): their owner lists and removes them, a password alone
 * adds none, and the administrator's reset takes them all. (That a passkey passes only its own
 * account's second step needs a real authenticator's signature: PasskeyIT shows it in Chromium.)
 */
@DatabaseTest
class PasskeysTest {

    private static final String PASSWORD = FactorGrantedAuthority.PASSWORD_AUTHORITY;
    private static final String CODE = FactorGrantedAuthority.OTT_AUTHORITY;

    @Autowired Passkeys passkeys;
    @Autowired WebAuthnRelyingPartyOperations relyingParty;
    @Autowired PublicKeyCredentialUserEntityRepository userEntities;
    @Autowired UserCredentialRepository credentials;
    @Autowired SecondFactorEnrolment enrolment;
    @Autowired UserDetailsService accounts;
    @Autowired UserService users;
    @Autowired PartyService parties;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theAdministratorsResetDeletesTheUsersPasskeysAndNoOneElses() {
        var delegate = newDelegate();
        var other = newDelegate();
        store(delegate, "Laptop");
        store(delegate, "Security key");
        store(other, "Phone");
        SignedIn.withFactors(accounts, delegate, PASSWORD, CODE);
        assertThat(passkeys.own()).extracting(Passkey::label).containsExactly("Laptop", "Security key");

        SignedIn.withFactors(accounts, "admin", PASSWORD, CODE);
        enrolment.reset(idOf(delegate));

        assertThat(userEntities.findByUsername(delegate)).isNull();
        SignedIn.withFactors(accounts, delegate, PASSWORD);
        assertThat(passkeys.own()).isEmpty();
        SignedIn.withFactors(accounts, other, PASSWORD);
        assertThat(passkeys.own()).extracting(Passkey::label).containsExactly("Phone");
    }

    @Test
    void aUserRemovesTheirOwnPasskeyButNotSomeoneElses() {
        var delegate = newDelegate();
        var other = newDelegate();
        store(delegate, "Laptop");
        var theirs = store(other, "Phone");
        SignedIn.withFactors(accounts, delegate, PASSWORD);
        var own = passkeys.own().getFirst();

        assertThatThrownBy(() -> passkeys.removeOwn(theirs.toBase64UrlString())).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> passkeys.removeOwn("no id at all %")).as("a malformed id").isInstanceOf(RefusedException.class);
        passkeys.removeOwn(own.id());

        assertThat(passkeys.own()).isEmpty();
        SignedIn.withFactors(accounts, other, PASSWORD);
        assertThat(passkeys.own()).extracting(Passkey::label).containsExactly("Phone");
    }

    @Test
    void aSignInWithThePasswordAloneGetsNoOptionsToAddAPasskeyAndOneThatPassedTheStepDoes() {
        var delegate = newDelegate();
        SignedIn.withFactors(accounts, delegate, PASSWORD);
        assertThat(passkeys.mayAdd()).isFalse();
        assertThatThrownBy(() -> relyingParty.createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(SecurityContextHolder.getContext().getAuthentication())))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.withFactors(accounts, delegate, PASSWORD, CODE);
        assertThat(passkeys.mayAdd()).isTrue();
        var options = relyingParty.createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(SecurityContextHolder.getContext().getAuthentication()));
        assertThat(options.getRp().getId()).as("the host of jwc.public-url").isEqualTo("localhost");
        assertThat(options.getUser().getName()).isEqualTo(delegate);
    }

    /** A passkey as Spring Security keeps it once checked; its key is never used here, so any bytes do. */
    private Bytes store(String username, String label) {
        var user = userEntities.findByUsername(username);
        if (user == null) {
            user = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(username)
                    .displayName(username).build();
            userEntities.save(user);
        }
        var id = Bytes.random();
        var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        credentials.save(ImmutableCredentialRecord.builder().credentialId(id).userEntityUserId(user.getId())
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY).publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0).uvInitialized(true).backupEligible(false).backupState(false)
                .transports(Set.of(AuthenticatorTransport.INTERNAL)).attestationObject(new Bytes(new byte[] {4}))
                .attestationClientDataJSON(new Bytes(new byte[] {5})).created(now.plusMillis(label.length()))
                .lastUsed(now).label(label).build());
        return id;
    }

    private long idOf(String username) {
        SignedIn.withFactors(accounts, "admin", PASSWORD, CODE);
        return users.all().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().id();
    }

    private String newDelegate() {
        SignedIn.withFactors(accounts, "admin", PASSWORD, CODE);
        var username = SignedIn.unique("tq.passkey.");
        users.createWithPassword(new UserProfile(username, "Nguyễn Văn Khóa", null, username + "@demo.example",
                parties.findByCode("TQ").orElseThrow().id(), EnumSet.of(Role.DELEGATE), Language.VI, null, true),
                "Tuyên Quang 2027");
        SignedIn.signOut();
        return username;
    }
}
