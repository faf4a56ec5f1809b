package org.jwc.secretariat.proposal;

import java.util.EnumSet;
import java.util.Set;

/** DESIGN §4: DRAFT → SUBMITTED → UNDER_DISCUSSION → an outcome; WITHDRAWN by the owner before that. */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    UNDER_DISCUSSION,
    AGREED,
    AGREED_AMENDED,
    DEFERRED,
    NOT_AGREED,
    WITHDRAWN;

    /** The statuses the host may record as the end of a negotiation. */
    public static final Set<ProposalStatus> OUTCOMES = EnumSet.of(AGREED, AGREED_AMENDED, DEFERRED, NOT_AGREED);

    /** Submitted and not yet decided: counterparts respond, the owner may still revise. */
    public boolean isOpen() {
        return this == SUBMITTED || this == UNDER_DISCUSSION;
    }

    /** An outcome that leaves the proposal unagreed owes the parties a reason; an agreement needs none. */
    public boolean needsReason() {
        return this == DEFERRED || this == NOT_AGREED;
    }
}
