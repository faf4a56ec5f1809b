package org.jwc.secretariat.minutes;

/**
 * Where a party's statement stands with that party: not yet confirmed, confirmed as it reads now,
 * or confirmed once and edited since (stale, to be confirmed again).
 */
public enum Confirmation {
    UNCONFIRMED,
    CONFIRMED,
    STALE
}
