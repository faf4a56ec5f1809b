package org.jwc.secretariat.user;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;

/** A person who signs in: delegate, secretary or leader of a party, or an administrator. */
@Entity
@Table(name = "app_user")
public class User extends VersionedEntity {

    private String username = "";
    private String fullName = "";
    private @Nullable String jobTitle;
    private @Nullable String email;
    private @Nullable Long partyId;

    @Convert(converter = RoleSetConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Language preferredLanguage = Language.EN;

    /** The zone chosen for reading times; null for the party's. */
    private @Nullable String timeZone;

    private String passwordHash = "";
    private boolean enabled = true;
    private boolean mustChangePassword;
    private @Nullable Instant lastSignInAt;
    private @Nullable Instant previousSignInAt;
    /** When they first passed a second factor; null when none was ever passed or after a reset. */
    private @Nullable Instant secondFactorSince;
    /** The committee they worked in last, to sign in to it again (ADR 0025). */
    private @Nullable Long lastCommitteeId;

    protected User() {
    }

    User(UserProfile profile, String passwordHash, boolean mustChangePassword) {
        this.username = profile.username();
        update(profile);
        setPassword(passwordHash, mustChangePassword);
    }

    void update(UserProfile profile) {
        this.fullName = profile.fullName();
        this.jobTitle = profile.jobTitle();
        this.email = profile.email();
        this.partyId = profile.partyId();
        this.roles = profile.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(profile.roles());
        this.preferredLanguage = profile.preferredLanguage();
        this.timeZone = profile.timeZone() == null ? null : profile.timeZone().getId();
        this.enabled = profile.enabled();
    }

    void setPassword(String passwordHash, boolean mustChangePassword) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
    }

    void setPreferredLanguage(Language language) {
        this.preferredLanguage = language;
    }

    /** A password sign-in now; the one before becomes the previous. */
    void signedIn(Instant now) {
        previousSignInAt = lastSignInAt;
        lastSignInAt = now;
    }

    /** Between these two, failed attempts on the name are news to the user: null before any sign-in. */
    @Nullable Instant previousSignInAt() {
        return previousSignInAt;
    }

    @Nullable Instant lastSignInAt() {
        return lastSignInAt;
    }

    /** True the first time: the factor is now theirs (an opt-in for delegates and secretaries). */
    boolean enrolSecondFactor(Instant now) {
        if (secondFactorSince != null) {
            return false;
        }
        secondFactorSince = now;
        return true;
    }

    void resetSecondFactor() {
        secondFactorSince = null;
    }

    public @Nullable Instant secondFactorSince() {
        return secondFactorSince;
    }

    Recipient recipient() {
        return new Recipient(id(), fullName, email, partyId, roles, preferredLanguage, zone());
    }

    public UserProfile profile() {
        return new UserProfile(username, fullName, jobTitle, email, partyId, roles, preferredLanguage, zone(), enabled);
    }

    Set<Role> roles() {
        return roles;
    }

    @Nullable Long partyId() {
        return partyId;
    }

    public @Nullable Long lastCommitteeId() {
        return lastCommitteeId;
    }

    SecretariatUser toPrincipal() {
        return new SecretariatUser(id(), username, passwordHash, fullName, partyId, roles, preferredLanguage, zone(),
                enabled, mustChangePassword, secondFactorSince != null);
    }

    /** A zone this server no longer knows (a row edited by hand) counts as none, so that its user can still sign in. */
    private @Nullable ZoneId zone() {
        if (timeZone == null) {
            return null;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Language preferredLanguage() {
        return preferredLanguage;
    }
}
