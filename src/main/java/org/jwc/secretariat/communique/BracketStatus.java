package org.jwc.secretariat.communique;

/** A bracket is open until the host resolves it: the text kept, an alternative taken, or the span dropped. */
public enum BracketStatus {
    OPEN,
    KEPT,
    REPLACED,
    DROPPED
}
