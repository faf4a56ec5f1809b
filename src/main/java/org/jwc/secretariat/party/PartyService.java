package org.jwc.secretariat.party;

import static org.jwc.secretariat.base.Validation.code;
import static org.jwc.secretariat.base.Validation.officialLanguages;
import static org.jwc.secretariat.base.Validation.withinCalendar;
import static org.jwc.secretariat.base.Validation.withinLength;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.jwc.secretariat.security.SecretariatUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the parties of the committee being worked in for everyone signed in; only administrators
 * change them. A party of another committee only is unknown here, by id and by code too (ADR 0025).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class PartyService {

    private final Parties parties;
    private final Memberships memberships;
    private final CommitteeService committees;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    PartyService(Parties parties, Memberships memberships, CommitteeService committees, CurrentUser currentUser,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.parties = parties;
        this.memberships = memberships;
        this.committees = committees;
        this.currentUser = currentUser;
    }

    /**
     * The time zone the current user reads times in: the one they chose (as at their sign-in); else
     * their party's; UTC for users of no party who chose none.
     */
    public ZoneId currentUserZone() {
        var user = currentUser.get();
        return user.map(SecretariatUser::zone)
                .or(() -> user.map(SecretariatUser::partyId).flatMap(parties::findById).map(Party::zone))
                .orElse(ZoneOffset.UTC);
    }

    /** The committee's parties, present and past, Vietnamese side first, in hosting order. */
    public List<Party> all() {
        var members = memberships();
        var byId = parties.findAllById(members.stream().map(Membership::partyId).toList()).stream()
                .collect(Collectors.toMap(Party::id, Function.identity()));
        return RotationOrder.sorted(members, byId);
    }

    /** The committee's memberships: each party's dates there and its place in the rotation. */
    public List<Membership> memberships() {
        return committees.currentId().map(memberships::findByCommitteeId).orElse(List.of());
    }

    /** The parties that are members on the day, both as parties and in the committee, in the committee's order. */
    public List<Party> activeOn(LocalDate date) {
        var members = memberships().stream().filter(m -> m.isActiveOn(date)).map(Membership::partyId).collect(Collectors.toSet());
        return all().stream().filter(p -> members.contains(p.id()) && p.isActiveOn(date)).toList();
    }

    /**
     * The committees the party is a member of on the day, both as a party and in the committee: where
     * its people act. Read at sign-in, before anyone is signed in.
     */
    @PreAuthorize("permitAll()")
    public List<Long> committeesOf(long partyId, LocalDate day) {
        if (parties.findById(partyId).filter(p -> p.isActiveOn(day)).isEmpty()) {
            return List.of();
        }
        return memberships.findByPartyId(partyId).stream().filter(m -> m.isActiveOn(day)).map(Membership::committeeId).sorted().toList();
    }

    /** What the party dialog shows: the party with its membership of this committee. */
    public PartyDetails details(Party party) {
        return party.details(membership(party.id()).orElse(null));
    }

    /** Who acts on the given day for each party that has left the committee (see {@link Successions}). */
    public Successions successionsOn(LocalDate date) {
        return new Successions(byId(), date);
    }

    /** All parties by id, for views that name several parties at once without a query each. */
    public Map<Long, Party> byId() {
        return all().stream().collect(Collectors.toMap(Party::id, Function.identity()));
    }

    public Optional<Party> find(long id) {
        return membership(id).flatMap(m -> parties.findById(id));
    }

    public Party get(long id) {
        return find(id).orElseThrow(() -> new RefusedException("error.notFound"));
    }

    public Optional<Party> findByCode(String code) {
        return parties.findByCode(code).filter(p -> membership(p.id()).isPresent());
    }

    /** A new party on the platform, a member of the committee being worked in. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Party create(PartyDetails details) {
        var committee = committees.requireCurrentId();
        var checked = validate(details, null);
        var party = parties.save(new Party(checked));
        memberships.save(membership(committee, party.id(), checked));
        return party;
    }

    /**
     * Makes a party of the platform (a member of another committee) a member of this one too, on its
     * own terms here: Tuyên Quang joining the working group with its own place in that rotation.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Party admit(String code, @Nullable Integer hostOrder, @Nullable LocalDate memberFrom, @Nullable LocalDate memberUntil) {
        var committee = committees.requireCurrentId();
        var party = parties.findByCode(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> RefusedException.badInput("code", "error.notFound"));
        if (memberships.findByCommitteeIdAndPartyId(committee, party.id()).isPresent()) {
            throw RefusedException.badInput("code", "party.error.alreadyMember", party.code());
        }
        var checked = validate(new PartyDetails(party.code(), party.name(), party.shortName(), party.side(), party.zone(),
                party.activeFrom(), party.activeUntil(), party.successorId(), hostOrder, memberFrom, memberUntil), party.id());
        memberships.save(membership(committee, party.id(), checked));
        return party;
    }

    /**
     * Changes the party and its membership of this committee. The party's version guards both: it is
     * raised by any change, so that two administrators' edits of the membership alone cannot cross.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Party update(long id, long expectedVersion, PartyDetails details) {
        var party = get(id);
        party.requireVersion(expectedVersion);
        entityManager.lock(party, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        var checked = validate(details, id);
        party.update(checked);
        memberships.save(membership(committees.requireCurrentId(), id, checked));
        return parties.saveAndFlush(party);
    }

    private Optional<Membership> membership(long partyId) {
        return committees.currentId().flatMap(c -> memberships.findByCommitteeIdAndPartyId(c, partyId));
    }

    private Membership membership(long committee, long partyId, PartyDetails d) {
        var membership = memberships.findByCommitteeIdAndPartyId(committee, partyId).orElseGet(() -> new Membership(committee, partyId));
        membership.update(d.memberFrom(), d.memberUntil(), d.hostOrder());
        return membership;
    }

    private PartyDetails validate(PartyDetails d, @Nullable Long id) {
        var code = code("code", d.code());
        parties.findByCode(code).filter(other -> id == null || other.id() != id).ifPresent(other -> {
            throw RefusedException.badInput("code", "party.error.codeTaken", code);
        });
        var name = officialLanguages("name", d.name(), 200);
        if (d.side() == null) {
            throw RefusedException.badInput("side", "validation.required");
        }
        if (d.timeZone() == null) {
            throw RefusedException.badInput("timeZone", "validation.required");
        }
        if (d.activeFrom() == null) {
            throw RefusedException.badInput("activeFrom", "validation.required");
        }
        withinCalendar("activeFrom", d.activeFrom());
        withinCalendar("activeUntil", d.activeUntil());
        if (d.activeUntil() != null && d.activeUntil().isBefore(d.activeFrom())) {
            throw RefusedException.badInput("activeUntil", "party.error.endsBeforeStart");
        }
        if (d.successorId() != null) {
            if (d.successorId().equals(id)) {
                throw RefusedException.badInput("successorId", "party.error.ownSuccessor");
            }
            var successor = get(d.successorId());
            if (successor.side() != d.side()) {
                throw RefusedException.badInput("successorId", "party.error.successorOtherSide");
            }
        }
        if (d.hostOrder() != null && d.hostOrder() < 1) {
            throw RefusedException.badInput("hostOrder", "validation.positive");
        }
        withinCalendar("memberFrom", d.memberFrom());
        withinCalendar("memberUntil", d.memberUntil());
        if (d.memberFrom() != null && d.memberUntil() != null && d.memberUntil().isBefore(d.memberFrom())) {
            throw RefusedException.badInput("memberUntil", "party.error.endsBeforeStart");
        }
        var shortName = withinLength("shortName", d.shortName() == null ? LocalizedText.EMPTY : d.shortName(), 100);
        return new PartyDetails(code, name, shortName, d.side(), d.timeZone(), d.activeFrom(), d.activeUntil(),
                d.successorId(), d.hostOrder(), d.memberFrom(), d.memberUntil());
    }
}
