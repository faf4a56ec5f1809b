package org.jwc.secretariat.proposal;

/** A counterpart party's position on a proposal addressed to it. */
public enum Position {
    SUPPORT,
    SUPPORT_WITH_CHANGES,
    NEEDS_DISCUSSION,
    OPPOSE
}
