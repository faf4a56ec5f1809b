package org.jwc.secretariat.commitment;

/** Where a responsible party stands on a commitment. */
public enum CommitmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    STALLED
}
