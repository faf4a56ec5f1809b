package org.jwc.secretariat.party;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Who acts today for each party: the party itself while it is a member, else its successor (or
 * the successor's, in turn), as Tuyên Quang acts for Hà Giang since 1 July 2025. What a party that
 * left was responsible for stays recorded under its own name; its successor carries it on.
 */
public final class Successions {

    private final Map<Long, Party> parties;
    private final LocalDate today;

    Successions(Map<Long, Party> parties, LocalDate today) {
        this.parties = parties;
        this.today = today;
    }

    /** The party acting today for the given one; the party itself if it has no successor. */
    public long acting(long partyId) {
        var seen = new HashSet<Long>();
        var party = parties.get(partyId);
        while (party != null && !party.isActiveOn(today) && party.successorId() != null && seen.add(party.id())) {
            var successor = parties.get(party.successorId());
            if (successor == null) {
                break;
            }
            party = successor;
        }
        return party == null ? partyId : party.id();
    }

    /**
     * How a party that may have left is named: by itself while a member, else as its successor with
     * its own name after it ({@code formerly} words it: "Tuyên Quang (formerly Hà Giang)").
     */
    public String name(long partyId, Function<Party, String> naming, BinaryOperator<String> formerly) {
        var party = parties.get(partyId);
        var acting = parties.get(acting(partyId));
        if (party == null || acting == null || acting.id() == partyId) {
            return party == null ? String.valueOf(partyId) : naming.apply(party);
        }
        return formerly.apply(naming.apply(acting), naming.apply(party));
    }

    /** Whether the given party acts today for the other (itself included). */
    public boolean actsFor(long actingPartyId, long partyId) {
        return acting(partyId) == actingPartyId;
    }
}
