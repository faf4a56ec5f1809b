package org.jwc.secretariat.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.party.Side;

/**
 * The committee's hosting rule (DESIGN §4): the host alternates between the sides; the party that
 * hosted the previous meeting co-chairs the next, so a Vietnamese lead province serves two
 * meetings in a row. Within a side, hosts follow the order the administrator set; a party that
 * left the committee is replaced in that order by its successor.
 */
final class HostRotation {

    /** A party as the rule sees it. */
    record Member(long id, Side side, @Nullable Integer hostOrder, @Nullable Long successorId, boolean active) {
    }

    /** A meeting already planned or held. */
    record Held(int number, long hostId) {
    }

    record Proposal(int number, long hostId, long coChairId) {
    }

    private final Map<Long, Member> members;

    HostRotation(List<Member> members) {
        this.members = members.stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    /** Host and co-chair for the meeting after the latest one; empty before the first meeting. */
    Optional<Proposal> proposeAfter(List<Held> history) {
        var sorted = history.stream().sorted(Comparator.comparingInt(Held::number)).toList();
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        var last = sorted.getLast();
        var lastHost = members.get(last.hostId());
        if (lastHost == null) {
            return Optional.empty();
        }
        var side = lastHost.side().other();
        var lastOfSide = sorted.reversed().stream()
                .map(h -> members.get(h.hostId()))
                .filter(m -> m != null && m.side() == side)
                .findFirst()
                .orElse(null);
        var host = nextHost(side, lastOfSide);
        var coChair = current(lastHost);
        if (host == null || coChair == null) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(last.number() + 1, host.id(), coChair.id()));
    }

    /** The party after {@code previous} in its side's hosting order, skipping empty places. */
    private @Nullable Member nextHost(Side side, @Nullable Member previous) {
        var places = members.values().stream()
                .filter(m -> m.side() == side && m.hostOrder() != null)
                .sorted(Comparator.comparingInt(Member::hostOrder).thenComparingLong(Member::id))
                .toList();
        if (places.isEmpty()) {
            return null;
        }
        var start = previous == null ? -1 : placeOf(places, previous);
        for (int step = 1; step <= places.size(); step++) {
            var candidate = current(places.get(Math.floorMod(start + step, places.size())));
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    /** The place a party holds: its own, or that of the predecessor it succeeded. */
    private int placeOf(List<Member> places, Member party) {
        for (int i = 0; i < places.size(); i++) {
            if (lineage(places.get(i)).contains(party.id())) {
                return i;
            }
        }
        return -1;
    }

    private List<Long> lineage(Member member) {
        var ids = new ArrayList<Long>();
        for (Member m = member; m != null && !ids.contains(m.id()); m = successorOf(m)) {
            ids.add(m.id());
        }
        return ids;
    }

    /** The party itself if active, else its nearest active successor. */
    private @Nullable Member current(Member member) {
        return lineage(member).stream().map(members::get).filter(Member::active).findFirst().orElse(null);
    }

    private @Nullable Member successorOf(Member m) {
        return m.successorId() == null ? null : members.get(m.successorId());
    }
}
