package org.jwc.secretariat.commitment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Each responsible party's latest report on each commitment: where a list shows how things stand. */
public final class LatestNotes {

    private final Map<Long, Map<Long, ProgressNote>> byCommitment = new HashMap<>();

    /** From notes oldest first: a later one (by date, then as recorded) replaces an earlier one. */
    LatestNotes(List<ProgressNote> oldestFirst) {
        for (var note : oldestFirst) {
            byCommitment.computeIfAbsent(note.commitmentId(), c -> new HashMap<>()).put(note.partyId(), note);
        }
    }

    /** The party's latest report on the commitment; null if it has reported nothing yet. */
    public @Nullable ProgressNote of(long commitmentId, long partyId) {
        return byCommitment.getOrDefault(commitmentId, Map.of()).get(partyId);
    }
}
