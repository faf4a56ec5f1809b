package org.jwc.secretariat.commitment;

import java.util.EnumMap;
import java.util.Map;

/** How many commitments stand at each status, for a party or an area. */
public record StatusCounts(Map<CommitmentStatus, Long> counts) {

    public StatusCounts {
        var all = new EnumMap<CommitmentStatus, Long>(CommitmentStatus.class);
        for (var status : CommitmentStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0L));
        }
        counts = Map.copyOf(all);
    }

    public long of(CommitmentStatus status) {
        return counts.get(status);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
