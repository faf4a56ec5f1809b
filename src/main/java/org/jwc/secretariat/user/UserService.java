package org.jwc.secretariat.user;

import static org.jwc.secretariat.base.Validation.optional;
import static org.jwc.secretariat.base.Validation.required;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators manage accounts; every signed-in user manages their own password and language. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    /** A plausible address; whether it receives mail shows only when we send. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Users users;
    private final PartyService parties;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SignInGuard signIns;
    private final AccountEvents events;
    private final CommitteeService committees;
    private final WorkingCommittees working;

    UserService(Users users, PartyService parties, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            Clock clock, SignInGuard signIns, AccountEvents events, CommitteeService committees, WorkingCommittees working) {
        this.committees = committees;
        this.working = working;
        this.users = users;
        this.parties = parties;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.signIns = signIns;
        this.events = events;
    }

    /** The accounts of those who act in the committee being worked in. */
    public List<User> all() {
        var committee = committees.currentId();
        if (committee.isEmpty()) {
            return List.of();
        }
        var accounts = users.findAllByOrderByUsernameAsc();
        var here = working.rolesHere(accounts);
        return accounts.stream().filter(u -> here.containsKey(u.id())).toList();
    }

    /** An account of someone who acts in the committee being worked in; any other is unknown here. */
    public User get(long id) {
        committees.requireCurrentId();
        return users.findById(id).filter(u -> !working.rolesHere(u).isEmpty())
                .orElseThrow(() -> new RefusedException("error.notFound"));
    }

    /** What the account dialog shows: the account with its roles in the committee being worked in. */
    public UserProfile profileHere(User user) {
        var p = user.profile();
        return new UserProfile(p.username(), p.fullName(), p.jobTitle(), p.email(), p.partyId(), shown(user, working.rolesHere(user)),
                p.preferredLanguage(), p.timeZone(), p.enabled());
    }

    /** The roles the users page shows for each of the accounts, by id, read at once for the list. */
    public Map<Long, Set<Role>> rolesHere(List<User> accounts) {
        var here = working.rolesHere(accounts);
        return accounts.stream().collect(Collectors.toMap(User::id, u -> shown(u, here.getOrDefault(u.id(), Set.of()))));
    }

    /** A platform administrator's own roles, as they hold everywhere; anyone else's in this committee. */
    private static Set<Role> shown(User user, Set<Role> here) {
        var roles = EnumSet.noneOf(Role.class);
        roles.addAll(user.roles().contains(Role.PLATFORM_ADMIN) ? user.roles() : here);
        return roles;
    }

    /** Creates an account with a one-time password, to be changed at the first sign-in. */
    @Transactional
    public OneTimePassword create(UserProfile profile) {
        var password = generatePassword();
        // The user name as saved (trimmed, in lower case) is the one to hand over, not as typed.
        return new OneTimePassword(createAccount(profile, passwordEncoder.encode(password), true).username(), password);
    }

    /** Creates an account with a password that the person chose and knows (demo data, imports). */
    @Transactional
    public User createWithPassword(UserProfile profile, String password) {
        checkPasswordStrength("password", password);
        return createAccount(profile, passwordEncoder.encode(password), false);
    }

    /**
     * Creates accounts that all start with one password their people know (the demo's), hashed
     * once: a hash costs about 80 ms on purpose, and the demo's 28 accounts held up its first start.
     */
    @Transactional
    public List<User> createAllWithPassword(List<UserProfile> profiles, String password) {
        checkPasswordStrength("password", password);
        var hash = passwordEncoder.encode(password);
        return profiles.stream().map(profile -> createAccount(profile, hash, false)).toList();
    }

    private User createAccount(UserProfile profile, String passwordHash, boolean oneTime) {
        var checked = validate(profile);
        requirePlatformRoleUnchanged(EnumSet.noneOf(Role.class), checked.roles());
        if (users.findByUsername(checked.username()).isPresent()) {
            throw RefusedException.badInput("username", "user.error.usernameTaken", checked.username());
        }
        var user = users.save(new User(checked, passwordHash, oneTime));
        if (checked.partyId() == null && !checked.roles().contains(Role.PLATFORM_ADMIN)) {
            // An administrator of no party acts where they were made: this committee names them.
            working.giveRolesIn(user, committees.requireCurrentId(), checked.roles());
        }
        events.created(user);
        return user;
    }

    @Transactional
    public User update(long id, long expectedVersion, UserProfile profile) {
        var user = get(id);
        user.requireVersion(expectedVersion);
        var checked = validate(new UserProfile(user.username(), profile.fullName(), profile.jobTitle(), profile.email(),
                profile.partyId(), profile.roles(), profile.preferredLanguage(), profile.timeZone(), profile.enabled()));
        if (user.id() == currentUser.require().userId()
                && (!checked.enabled() || !checked.roles().contains(Role.ADMIN))) {
            throw new RefusedException("user.error.cannotLockOutSelf");
        }
        var before = profileHere(user); // its roles stay as they were: update replaces the set
        requirePlatformRoleUnchanged(before.roles(), checked.roles());
        var committee = committees.requireCurrentId();
        if (!checked.roles().contains(Role.PLATFORM_ADMIN) && (working.hasRolesOfItsOwn(user, committee)
                || working.rolesByCommittee(user).keySet().stream().anyMatch(c -> c != committee))) {
            // Roles of this committee only: the user keeps theirs in the others (a secretary here, a delegate there).
            working.giveRolesIn(user, committee, checked.roles());
            checked = new UserProfile(checked.username(), checked.fullName(), checked.jobTitle(), checked.email(), checked.partyId(),
                    user.profile().roles(), checked.preferredLanguage(), checked.timeZone(), checked.enabled());
        }
        user.update(checked);
        var saved = users.saveAndFlush(user);
        events.updated(saved.username(), before, profileHere(saved));
        return saved;
    }

    /** Replaces a forgotten password with a one-time one, and lifts a lock-out. */
    @Transactional
    public OneTimePassword resetPassword(long id) {
        var user = get(id);
        var password = generatePassword();
        user.setPassword(passwordEncoder.encode(password), true);
        events.passwordReset(user.username());
        return new OneTimePassword(user.username(), password);
    }

    @Transactional
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var user = own();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw RefusedException.badInput("currentPassword", "password.error.wrongCurrent");
        }
        checkPasswordStrength("newPassword", newPassword);
        if (newPassword.equals(currentPassword)) {
            throw RefusedException.badInput("newPassword", "password.error.sameAsCurrent");
        }
        user.setPassword(passwordEncoder.encode(newPassword), false);
        events.ownPasswordChanged(user.username());
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean mustChangeOwnPassword() {
        return currentUser.get().flatMap(u -> users.findById(u.userId())).map(User::mustChangePassword).orElse(false);
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Language ownLanguage() {
        var user = currentUser.require();
        return users.findById(user.userId()).map(User::preferredLanguage).orElse(user.language());
    }

    @Transactional
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public void changeOwnLanguage(Language language) {
        own().setPreferredLanguage(language);
    }

    /** What the signed-in user should hear once: the failed attempts on their name since their previous visit. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public @Nullable FailedSignIns failedSignInsSinceLastVisit() {
        return users.findById(currentUser.require().userId()).map(signIns::failuresBefore).orElse(null);
    }

    /** Whether the current user may give or take the platform administrator's role. */
    public boolean mayMakePlatformAdministrators() {
        return currentUser.require().hasRole(Role.PLATFORM_ADMIN);
    }

    private User own() {
        return users.findById(currentUser.require().userId()).orElseThrow(() -> new RefusedException("error.notFound"));
    }

    /** Only a platform administrator makes or unmakes one: a committee's administrator cannot reach the others'. */
    private void requirePlatformRoleUnchanged(Set<Role> before, Set<Role> after) {
        if (before.contains(Role.PLATFORM_ADMIN) != after.contains(Role.PLATFORM_ADMIN)
                && !currentUser.require().hasRole(Role.PLATFORM_ADMIN)) {
            throw RefusedException.badInput("roles", "user.error.platformAdminOnly");
        }
    }

    private UserProfile validate(UserProfile p) {
        var username = required("username", p.username(), 60).toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw RefusedException.badInput("username", "user.error.usernameFormat");
        }
        var fullName = required("fullName", p.fullName(), 200);
        var jobTitle = optional("jobTitle", p.jobTitle(), 300);
        var email = optional("email", p.email(), 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw RefusedException.badInput("email", "user.error.emailFormat");
        }
        if (p.roles() == null || p.roles().isEmpty()) {
            throw RefusedException.badInput("roles", "user.error.noRole");
        }
        var needsParty = p.roles().stream().anyMatch(r -> r != Role.ADMIN && r != Role.PLATFORM_ADMIN);
        @Nullable Long partyId = p.partyId();
        if (needsParty && partyId == null) {
            throw RefusedException.badInput("partyId", "user.error.partyRequired");
        }
        if (partyId != null) {
            var party = parties.get(partyId);
            if (!party.isActiveOn(java.time.LocalDate.now(clock))) {
                throw RefusedException.badInput("partyId", "user.error.partyInactive");
            }
        }
        if (p.preferredLanguage() == null) {
            throw RefusedException.badInput("preferredLanguage", "validation.required");
        }
        return new UserProfile(username, fullName, jobTitle, email, partyId, p.roles(), p.preferredLanguage(),
                knownZone(p.timeZone()), p.enabled());
    }

    /**
     * A zone this server's time-zone database knows, as its times are shown by it: a zone read from
     * elsewhere (a newer database) can carry an id that it cannot show.
     */
    private static @Nullable ZoneId knownZone(@Nullable ZoneId zone) {
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone.getId());
        } catch (DateTimeException e) {
            throw RefusedException.badInput("timeZone", "user.error.unknownZone", zone.getId());
        }
    }

    private static void checkPasswordStrength(String field, @Nullable String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw RefusedException.badInput(field, "password.error.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (password.length() > 128) {
            throw RefusedException.badInput(field, "validation.tooLong", 128);
        }
    }

    private static String generatePassword() {
        return RandomPasswords.generate(14);
    }
}
