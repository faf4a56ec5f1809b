package org.jwc.secretariat.proposal;

/** Whom a proposal addresses: every other party, the other side, or named counterpart parties. */
public enum ProposalScope {
    JOINT,
    SIDE,
    BILATERAL
}
