package org.jwc.secretariat.user;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.ClientAddress;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;
import org.jwc.secretariat.security.SecurityEvent.Kind;
import org.jwc.secretariat.security.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the security log hears of account changes: published inside the change's transaction, so
 * that the log records it only once it is committed. The actor is the administrator acting.
 */
@Component
class AccountEvents {

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final PartyService parties;

    AccountEvents(ApplicationEventPublisher events, CurrentUser currentUser, PartyService parties) {
        this.events = events;
        this.currentUser = currentUser;
        this.parties = parties;
    }

    void created(User user) {
        var p = user.profile();
        publish(Kind.ACCOUNT_CREATED, user.username(), true,
                "roles " + roles(p.roles()) + ", party " + party(p.partyId()));
    }

    /** One entry for each of roles, party and enabled that the update changed. */
    void updated(String username, UserProfile before, UserProfile after) {
        if (!Set.copyOf(before.roles()).equals(Set.copyOf(after.roles()))) {
            publish(Kind.ROLES_CHANGED, username, true, roles(before.roles()) + " → " + roles(after.roles()));
        }
        if (!Objects.equals(before.partyId(), after.partyId())) {
            publish(Kind.PARTY_CHANGED, username, true, party(before.partyId()) + " → " + party(after.partyId()));
        }
        if (before.enabled() != after.enabled()) {
            publish(Kind.ACCOUNT_ENABLED_CHANGED, username, true, after.enabled() ? "enabled" : "disabled");
        }
    }

    void passwordReset(String username) {
        publish(Kind.PASSWORD_RESET, username, true, null);
    }

    void ownPasswordChanged(String username) {
        publish(Kind.PASSWORD_CHANGED, username, false, null);
    }

    private void publish(Kind kind, String username, boolean byActor, @Nullable String detail) {
        var actor = byActor ? currentUser.get().map(SecretariatUser::getUsername).orElse(null) : null;
        events.publishEvent(new SecurityEvent(kind, username, actor, ClientAddress.current(), detail));
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", ", "[", "]"));
    }

    private String party(@Nullable Long partyId) {
        return partyId == null ? "none" : parties.get(partyId).code();
    }
}
