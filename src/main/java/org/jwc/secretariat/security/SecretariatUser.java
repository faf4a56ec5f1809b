package org.jwc.secretariat.security;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds them: account, party, the committee they work in and
 * their roles there, language and chosen time zone. Choosing another committee gives a new
 * principal ({@link #inCommittee}), so that every role check reads the roles of that committee.
 */
public final class SecretariatUser implements UserDetails, CredentialsContainer {

    private final long userId;
    private final String username;
    private @Nullable String passwordHash;
    private final String fullName;
    private final @Nullable Long partyId;
    private final Set<Role> roles;
    private final Language language;
    private final @Nullable ZoneId zone;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final boolean secondFactorChosen;
    private final @Nullable Long committeeId;

    public SecretariatUser(long userId, String username, String passwordHash, String fullName,
            @Nullable Long partyId, Set<Role> roles, Language language, @Nullable ZoneId zone, boolean enabled,
            boolean mustChangePassword, boolean secondFactorChosen) {
        this(userId, username, passwordHash, fullName, partyId, roles, language, zone, enabled, mustChangePassword,
                secondFactorChosen, null);
    }

    private SecretariatUser(long userId, @Nullable String username, @Nullable String passwordHash, String fullName,
            @Nullable Long partyId, Set<Role> roles, Language language, @Nullable ZoneId zone, boolean enabled,
            boolean mustChangePassword, boolean secondFactorChosen, @Nullable Long committeeId) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.partyId = partyId;
        this.roles = Set.copyOf(roles);
        this.language = language;
        this.zone = zone;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.secondFactorChosen = secondFactorChosen;
        this.committeeId = committeeId;
    }

    /** The same user working in the given committee, with their roles there. */
    public SecretariatUser inCommittee(@Nullable Long committeeId, Set<Role> rolesThere) {
        return new SecretariatUser(userId, username, passwordHash, fullName, partyId, rolesThere, language, zone, enabled,
                mustChangePassword, secondFactorChosen, committeeId);
    }

    /**
     * Those who see the same things as this user: the committee worked in, the party and the roles
     * there. Screens of one audience share a pushed change's read (LiveUpdates).
     */
    public record Audience(@Nullable Long committeeId, @Nullable Long partyId, Set<Role> roles) {
    }

    public Audience audience() {
        return new Audience(committeeId, partyId, Set.copyOf(roles));
    }

    /** The committee they work in now; none for a user who acts in no committee (yet). */
    public @Nullable Long committeeId() {
        return committeeId;
    }

    public long userId() {
        return userId;
    }

    public String fullName() {
        return fullName;
    }

    public @Nullable Long partyId() {
        return partyId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Language language() {
        return language;
    }

    /** The zone they chose to read times in, as at sign-in; null for their party's. */
    public @Nullable ZoneId zone() {
        return zone;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Whether they had passed a second factor before this sign-in (and no administrator reset it since). */
    public boolean secondFactorChosen() {
        return secondFactorChosen;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretariatUser other && other.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "SecretariatUser[" + username + "]";
    }
}
