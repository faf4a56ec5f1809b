package org.jwc.secretariat.party;

import static org.jwc.secretariat.base.Validation.code;
import static org.jwc.secretariat.base.Validation.officialLanguages;
import static org.jwc.secretariat.base.Validation.withinCalendar;
import static org.jwc.secretariat.base.Validation.withinLength;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.jwc.secretariat.security.SecretariatUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads parties for everyone signed in; only administrators change them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class PartyService {

    private final Parties parties;
    private final CurrentUser currentUser;

    PartyService(Parties parties, CurrentUser currentUser) {
        this.parties = parties;
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

    /** All parties, Vietnamese side first, in hosting order. */
    public List<Party> all() {
        return parties.findAllByOrderBySideDescHostOrderAscCodeAsc();
    }

    public List<Party> activeOn(LocalDate date) {
        return all().stream().filter(p -> p.isActiveOn(date)).toList();
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
        return parties.findById(id);
    }

    public Party get(long id) {
        return parties.findById(id).orElseThrow(() -> new RefusedException("error.notFound"));
    }

    public Optional<Party> findByCode(String code) {
        return parties.findByCode(code);
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Party create(PartyDetails details) {
        var checked = validate(details, null);
        return parties.save(new Party(checked));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Party update(long id, long expectedVersion, PartyDetails details) {
        var party = get(id);
        party.requireVersion(expectedVersion);
        party.update(validate(details, id));
        return parties.saveAndFlush(party);
    }

    private PartyDetails validate(PartyDetails d, @org.jspecify.annotations.Nullable Long id) {
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
        var shortName = withinLength("shortName", d.shortName() == null ? LocalizedText.EMPTY : d.shortName(), 100);
        return new PartyDetails(code, name, shortName, d.side(), d.timeZone(), d.activeFrom(), d.activeUntil(),
                d.successorId(), d.hostOrder());
    }
}
