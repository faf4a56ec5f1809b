package org.jwc.secretariat.commitment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts by status: per party (each responsible party's own status on each commitment) and per area
 * (a commitment counted once, at its least advanced party's status: it is done when all are done).
 */
public record CommitmentSummary(Map<Long, StatusCounts> byParty, Map<Long, StatusCounts> byArea) {

    /** Counted from commitments already found, so that a page showing both reads them once. */
    public static CommitmentSummary of(List<CommitmentView> views) {
        var byParty = counts(views.stream().flatMap(v -> v.parties().stream()).toList(), CommitmentParty::partyId,
                CommitmentParty::status);
        var byArea = counts(views.stream().filter(v -> v.commitment().areaId() != null).toList(),
                v -> v.commitment().areaId(), CommitmentSummary::overall);
        return new CommitmentSummary(byParty, byArea);
    }

    /** The commitment's status as a whole: done only when done by all, stalled if any party stalled, and so on. */
    static CommitmentStatus overall(CommitmentView view) {
        var statuses = view.parties().stream().map(CommitmentParty::status).toList();
        if (statuses.isEmpty() || statuses.stream().allMatch(s -> s == CommitmentStatus.DONE)) {
            return CommitmentStatus.DONE;
        }
        if (statuses.contains(CommitmentStatus.STALLED)) {
            return CommitmentStatus.STALLED;
        }
        if (statuses.stream().allMatch(s -> s == CommitmentStatus.NOT_STARTED)) {
            return CommitmentStatus.NOT_STARTED;
        }
        return CommitmentStatus.IN_PROGRESS;
    }

    private static <T> Map<Long, StatusCounts> counts(List<T> items, Function<T, Long> key, Function<T, CommitmentStatus> status) {
        var grouped = items.stream().collect(Collectors.groupingBy(key,
                Collectors.groupingBy(status, Collectors.counting())));
        var counts = new HashMap<Long, StatusCounts>();
        grouped.forEach((id, byStatus) -> counts.put(id, new StatusCounts(byStatus)));
        return Map.copyOf(counts);
    }
}
