package org.jwc.secretariat.user;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.committee.Committee;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.Roles;
import org.jwc.secretariat.security.SecretariatUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a user acts (ADR 0025): in the committees their party is a member of today, with their own
 * roles unless a committee gives them others; in every committee as its administrator, for a
 * platform administrator. They work in one at a time, the one they chose last, and may switch.
 */
@Service
@Transactional(readOnly = true)
public class WorkingCommittees {

    private final Users users;
    private final CommitteeRoles committeeRoles;
    private final CommitteeService committees;
    private final PartyService parties;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkingCommittees(Users users, CommitteeRoles committeeRoles, CommitteeService committees, PartyService parties,
            CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.committeeRoles = committeeRoles;
        this.committees = committees;
        this.parties = parties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The committees the current user acts in, in the order they were made; the chooser in the top bar lists them. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<Committee> ofCurrentUser() {
        return users.findById(currentUser.require().userId())
                .map(user -> committees.withIds(rolesByCommittee(user).keySet()))
                .orElse(List.of());
    }

    /**
     * The current user, now working in the given committee with their roles there, remembered for
     * their next sign-in; a committee they do not act in is unknown to them.
     */
    @Transactional
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public SecretariatUser workIn(long committeeId) {
        var user = users.findById(currentUser.require().userId()).orElseThrow(() -> new RefusedException("error.notFound"));
        var roles = rolesByCommittee(user).get(committeeId);
        if (roles == null) {
            throw new RefusedException("error.notFound");
        }
        users.rememberCommittee(user.id(), committeeId);
        return currentUser.require().inCommittee(committeeId, withPlatformRole(user, roles));
    }

    /** The principal a sign-in gives: in the committee worked in last if they still act there, else their first. */
    SecretariatUser principal(User user) {
        var byCommittee = rolesByCommittee(user);
        var committee = user.lastCommitteeId() != null && byCommittee.containsKey(user.lastCommitteeId())
                ? user.lastCommitteeId()
                : byCommittee.keySet().stream().findFirst().orElse(null);
        var roles = committee == null ? user.roles() : withPlatformRole(user, byCommittee.get(committee));
        return user.toPrincipal().inCommittee(committee, roles);
    }

    /** The user's roles in the committee; none where they do not act in it. */
    Set<Role> rolesIn(User user, long committeeId) {
        return rolesByCommittee(user).getOrDefault(committeeId, Set.of());
    }

    /** The roles the user holds in the committee, kept as the committee's own beside their own ones. */
    void giveRolesIn(User user, long committeeId, Set<Role> roles) {
        var given = committeeRoles.findByUserIdAndCommitteeId(user.id(), committeeId)
                .orElseGet(() -> new CommitteeRole(user.id(), committeeId));
        var here = EnumSet.noneOf(Role.class);
        here.addAll(roles);
        here.remove(Role.PLATFORM_ADMIN);
        given.setRoles(here);
        committeeRoles.save(given);
    }

    /** Whether the committee keeps roles of its own for the user. */
    boolean hasRolesOfItsOwn(User user, long committeeId) {
        return committeeRoles.findByUserIdAndCommitteeId(user.id(), committeeId).isPresent();
    }

    /** The user's roles in each committee they act in; ordered by committee. */
    Map<Long, Set<Role>> rolesByCommittee(User user) {
        var own = EnumSet.noneOf(Role.class);
        own.addAll(user.roles());
        own.remove(Role.PLATFORM_ADMIN);
        var found = new LinkedHashMap<Long, Set<Role>>();
        if (user.roles().contains(Role.PLATFORM_ADMIN)) {
            committees.allIds().forEach(id -> found.put(id, with(own, Role.ADMIN)));
        } else if (user.partyId() != null) {
            parties.committeesOf(user.partyId(), LocalDate.now(clock)).forEach(id -> found.put(id, own));
        }
        // An administrator of no party acts only where a committee names them.
        for (var given : committeeRoles.findByUserId(user.id())) {
            if (given.roles().isEmpty()) {
                found.remove(given.committeeId());
            } else if (user.roles().contains(Role.PLATFORM_ADMIN)) {
                found.put(given.committeeId(), with(given.roles(), Role.ADMIN));
            } else {
                found.put(given.committeeId(), given.roles());
            }
        }
        var ordered = new LinkedHashMap<Long, Set<Role>>();
        found.keySet().stream().sorted().forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }

    private static Set<Role> withPlatformRole(User user, Set<Role> roles) {
        return user.roles().contains(Role.PLATFORM_ADMIN) ? with(roles, Role.PLATFORM_ADMIN) : roles;
    }

    private static Set<Role> with(Set<Role> roles, Role role) {
        var all = EnumSet.of(role);
        all.addAll(roles);
        return all;
    }
}
