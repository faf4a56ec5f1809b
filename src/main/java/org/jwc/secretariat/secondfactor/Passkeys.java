package org.jwc.secretariat.secondfactor;

import java.util.Comparator;
import java.util.List;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.jwc.secretariat.security.SecondFactorRule;
import org.jwc.secretariat.security.SecurityEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's passkeys, in Spring Security's tables: listed and removed by their owner only, and all
 * deleted with the administrator's reset of a user's factors. Adding one is the browser's and Spring
 * Security's work ({@link PasskeyOperations}); this says whether the page may offer it.
 */
@Service
public class Passkeys {

    /** How the security log names this factor. */
    public static final String DETAIL = "passkey";
    /** A passkey's name, as the page takes it and as a hand-made request is held to. */
    public static final int MAX_LABEL = 100;

    private final PublicKeyCredentialUserEntityRepository users;
    private final UserCredentialRepository credentials;
    private final CurrentUser currentUser;
    private final RelyingParty party;

    Passkeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials,
            CurrentUser currentUser, RelyingParty party) {
        this.users = users;
        this.credentials = credentials;
        this.currentUser = currentUser;
        this.party = party;
    }

    /** Whether a passkey may be added now: the platform knows its address, and this sign-in passed the second step. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean mayAdd() {
        return party.configured() && SecondFactorRule.hasPassed(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Whether the platform can use passkeys at all: it needs its public address (JWC_PUBLIC_URL). */
    public boolean available() {
        return party.configured();
    }

    /** The signed-in user's passkeys, the oldest first. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<Passkey> own() {
        return records(currentUser.require().getUsername()).stream()
                .map(r -> new Passkey(r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(), r.getLastUsed()))
                .sorted(Comparator.comparing(Passkey::created)).toList();
    }

    /** Whether the user at the second step has a passkey to pass it with. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean awaitingUserHasOne() {
        return party.configured() && currentUser.awaitingSecondFactor()
                .map(user -> !records(user.getUsername()).isEmpty()).orElse(false);
    }

    @Transactional
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public void removeOwn(String id) {
        Bytes credentialId;
        try {
            credentialId = Bytes.fromBase64(id);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("error.notFound"); // not even an id: as unknown as one of no one
        }
        var owned = records(currentUser.require().getUsername()).stream()
                .anyMatch(r -> r.getCredentialId().equals(credentialId));
        if (!owned) {
            throw new RefusedException("error.notFound");
        }
        credentials.delete(credentialId);
    }

    /** The administrator's reset takes the passkeys too, in the reset's own transaction. */
    @EventListener
    void onReset(SecurityEvent event) {
        if (event.kind() != SecurityEvent.Kind.FACTORS_RESET || event.username() == null) {
            return;
        }
        var user = users.findByUsername(event.username());
        if (user != null) {
            credentials.findByUserId(user.getId()).forEach(r -> credentials.delete(r.getCredentialId()));
            users.delete(user.getId());
        }
    }

    private List<CredentialRecord> records(String username) {
        var user = users.findByUsername(username);
        return user == null ? List.of() : credentials.findByUserId(user.getId());
    }
}
