package org.jwc.secretariat.meeting;

/** Where a meeting stands in its yearly cycle (DESIGN §4), in order. */
public enum Phase {
    PREPARATION,
    NEGOTIATION,
    IN_SESSION,
    DRAFTING,
    APPROVAL,
    CONCLUDED;

    /** Phases move one step at a time, forward or (to correct a mistake) back. */
    public boolean isNextTo(Phase other) {
        return Math.abs(ordinal() - other.ordinal()) == 1;
    }
}
