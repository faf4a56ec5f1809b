package org.jwc.secretariat.user;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of sign-in throttling (ADR 0021), from {@code jwc.security.sign-in}: after
 * {@code freeFailures} failures of a name from one address (within {@code memory}, since its last
 * success there) that name waits {@code firstPause} there, doubled by each further failure up to
 * {@code longestPause}; an address with {@code addressCeiling} failures within {@code addressWindow},
 * whatever the names, waits until it has fewer. Attempts are kept for {@code keptFor}.
 */
@ConfigurationProperties("jwc.security.sign-in")
record SignInLimits(int freeFailures, Duration firstPause, Duration longestPause, Duration memory, int addressCeiling,
        Duration addressWindow, Duration keptFor) {

    /** When the name may try again from the address, given its failures there, newest first; null: now. */
    @Nullable Instant nameFreeAt(List<Instant> failures) {
        if (failures.size() < freeFailures) {
            return null;
        }
        var doublings = Math.min(failures.size() - freeFailures, 30);
        var pause = firstPause.multipliedBy(1L << doublings);
        return failures.getFirst().plus(pause.compareTo(longestPause) > 0 ? longestPause : pause);
    }

    /** When the address may try again, given its latest failures newest first (at most the ceiling); null: now. */
    @Nullable Instant addressFreeAt(List<Instant> failures) {
        return failures.size() < addressCeiling ? null : failures.get(addressCeiling - 1).plus(addressWindow);
    }

    /** Enough of a name's failures to reach the longest pause; more change nothing. */
    int failuresThatMatter() {
        var doublings = 0;
        while (doublings < 30 && firstPause.multipliedBy(1L << doublings).compareTo(longestPause) < 0) {
            doublings++;
        }
        return freeFailures + doublings;
    }
}
