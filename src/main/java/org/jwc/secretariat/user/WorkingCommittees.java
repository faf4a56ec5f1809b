package org.jwc.secretariat.user;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.committee.Committee;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.party.Party;
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

    /**
     * The roles in the committee being worked in of each of the accounts that act there, by account
     * id, read at once for a whole list (its members today and its own roles).
     */
    Map<Long, Set<Role>> rolesHere(List<User> accounts) {
        var members = parties.activeOn(LocalDate.now(clock)).stream().map(Party::id).collect(Collectors.toSet());
        var given = committeeRoles.findByCommitteeId(committees.requireCurrentId()).stream()
                .collect(Collectors.toMap(CommitteeRole::userId, Function.identity()));
        var found = new HashMap<Long, Set<Role>>();
        for (var user : accounts) {
            var roles = rolesIn(user, user.partyId() != null && members.contains(user.partyId()), given.get(user.id()));
            if (!roles.isEmpty()) {
                found.put(user.id(), roles);
            }
        }
        return found;
    }

    /** The user's roles in the committee being worked in; none where they do not act in it. */
    Set<Role> rolesHere(User user) {
        return rolesHere(List.of(user)).getOrDefault(user.id(), Set.of());
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
        var given = committeeRoles.findByUserId(user.id()).stream()
                .collect(Collectors.toMap(CommitteeRole::committeeId, Function.identity()));
        var memberOf = isPlatformAdmin(user) ? committees.allIds()
                : user.partyId() != null ? parties.committeesOf(user.partyId(), LocalDate.now(clock)) : List.<Long>of();
        var found = new TreeMap<Long, Set<Role>>();
        for (var committee : Stream.concat(memberOf.stream(), given.keySet().stream()).distinct().toList()) {
            var roles = rolesIn(user, memberOf.contains(committee), given.get(committee));
            if (!roles.isEmpty()) {
                found.put(committee, roles);
            }
        }
        return found;
    }

    /**
     * The roles of the user in a committee: those it gives them if it does (none: they do not act
     * there, even as a member), else their own where their party is a member; a platform
     * administrator is its administrator everywhere, and an administrator of no party acts only
     * where a committee names them.
     */
    private static Set<Role> rolesIn(User user, boolean member, @Nullable CommitteeRole given) {
        if (given != null) {
            return given.roles().isEmpty() || !isPlatformAdmin(user) ? given.roles() : with(given.roles(), Role.ADMIN);
        }
        var own = EnumSet.noneOf(Role.class);
        own.addAll(user.roles());
        own.remove(Role.PLATFORM_ADMIN);
        if (isPlatformAdmin(user)) {
            return with(own, Role.ADMIN);
        }
        return member ? own : Set.of();
    }

    private static boolean isPlatformAdmin(User user) {
        return user.roles().contains(Role.PLATFORM_ADMIN);
    }

    private static Set<Role> withPlatformRole(User user, Set<Role> roles) {
        return isPlatformAdmin(user) ? with(roles, Role.PLATFORM_ADMIN) : roles;
    }

    private static Set<Role> with(Set<Role> roles, Role role) {
        var all = EnumSet.of(role);
        all.addAll(roles);
        return all;
    }
}
