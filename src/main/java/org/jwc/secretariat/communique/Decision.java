package org.jwc.secretariat.communique;

/** A leader's decision on a circulated version. */
public enum Decision {
    APPROVED,
    RETURNED
}
