package org.jwc.secretariat.party;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The committee's order of its parties: Viet Nam's side first, each side in its hosting order, a
 * successor without a place of its own in that of its predecessor (Tuyên Quang in Hà Giang's).
 */
final class RotationOrder {

    private RotationOrder() {
    }

    static List<Party> sorted(List<Membership> memberships, Map<Long, Party> parties) {
        var orders = memberships.stream().filter(m -> m.hostOrder() != null)
                .collect(Collectors.toMap(Membership::partyId, Membership::hostOrder));
        var members = memberships.stream().map(m -> parties.get(m.partyId())).filter(Objects::nonNull)
                .collect(Collectors.toMap(Party::id, Function.identity()));
        return members.values().stream()
                .sorted(Comparator.comparing(Party::side)
                        .thenComparingInt((Party p) -> place(p, orders, members))
                        .thenComparing(Party::code))
                .toList();
    }

    private static int place(Party party, Map<Long, Integer> orders, Map<Long, Party> members) {
        var seen = new HashSet<Long>();
        for (Party p = party; p != null && seen.add(p.id()); p = predecessor(p, members)) {
            var order = orders.get(p.id());
            if (order != null) {
                return order;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static @Nullable Party predecessor(Party party, Map<Long, Party> members) {
        return members.values().stream().filter(p -> Objects.equals(p.successorId(), party.id()))
                .min(Comparator.comparing(Party::id)).orElse(null);
    }
}
