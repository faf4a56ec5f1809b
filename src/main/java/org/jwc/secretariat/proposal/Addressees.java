package org.jwc.secretariat.proposal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.springframework.stereotype.Component;

/**
 * Whom a proposal addresses, among the parties that are members on the meeting's date: a joint
 * proposal every other party, a side proposal the other side, a bilateral one the parties named.
 */
@Component
class Addressees {

    private final PartyService parties;

    Addressees(PartyService parties) {
        this.parties = parties;
    }

    Set<Long> of(Meeting meeting, long ownerPartyId, ProposalDraft draft) {
        var members = members(meeting, ownerPartyId);
        if (draft.scope() == null) {
            throw RefusedException.badInput("scope", "validation.required");
        }
        return switch (draft.scope()) {
            case JOINT -> Set.copyOf(members.keySet());
            case SIDE -> {
                var ownSide = parties.get(ownerPartyId).side();
                yield members.values().stream().filter(p -> p.side() != ownSide).map(Party::id)
                        .collect(Collectors.toUnmodifiableSet());
            }
            case BILATERAL -> {
                var named = new HashSet<>(draft.counterpartPartyIds() == null ? Set.of() : draft.counterpartPartyIds());
                if (!members.keySet().containsAll(named)) {
                    throw RefusedException.badInput("counterparts", "proposal.error.counterpartNotMember");
                }
                yield Set.copyOf(named);
            }
        };
    }

    /**
     * The draft naming only those of its counterparts that are members on the meeting's date: a
     * proposal carried over to the next meeting drops a party that has left or merged meanwhile.
     */
    ProposalDraft stillTakingPart(Meeting meeting, long ownerPartyId, ProposalDraft d) {
        var members = members(meeting, ownerPartyId).keySet();
        var named = d.counterpartPartyIds().stream().filter(members::contains).collect(Collectors.toUnmodifiableSet());
        return new ProposalDraft(d.areaId(), d.scope(), named, d.title(), d.text(), d.followsUp(), d.followsUpCommitmentId(),
                d.background());
    }

    /** The parties other than the owner that are members on the meeting's date, by id. */
    private Map<Long, Party> members(Meeting meeting, long ownerPartyId) {
        return parties.activeOn(LocalDate.ofInstant(meeting.startsAt(), ZoneOffset.UTC)).stream()
                .filter(p -> p.id() != ownerPartyId)
                .collect(Collectors.toMap(Party::id, p -> p));
    }
}
