package org.jwc.secretariat.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The back-off of ADR 0021 as numbers: a pause that doubles up to fifteen minutes, and a ceiling per address. */
class SignInLimitsTest {

    final SignInLimits limits = new SignInLimits(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofDays(1), 30,
            Duration.ofMinutes(15), Duration.ofDays(30));
    final Instant latest = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void fourFailuresOfANameFromOneAddressCostNothing() {
        assertThat(limits.nameFreeAt(failures(4))).isNull();
    }

    @Test
    void theFifthPausesTheNameThereForAMinuteAndEachFurtherOneDoublesThePauseUpToFifteenMinutes() {
        assertThat(limits.nameFreeAt(failures(5))).isEqualTo(latest.plus(Duration.ofMinutes(1)));
        assertThat(limits.nameFreeAt(failures(6))).isEqualTo(latest.plus(Duration.ofMinutes(2)));
        assertThat(limits.nameFreeAt(failures(8))).isEqualTo(latest.plus(Duration.ofMinutes(8)));
        assertThat(limits.nameFreeAt(failures(9))).isEqualTo(latest.plus(Duration.ofMinutes(15)));
        assertThat(limits.nameFreeAt(failures(200))).isEqualTo(latest.plus(Duration.ofMinutes(15)));
    }

    @Test
    void nineFailuresAreAllTheThrottleNeedsToReadForANameFromOneAddress() {
        assertThat(limits.failuresThatMatter()).isEqualTo(9);
    }

    @Test
    void anAddressWithThirtyFailuresInFifteenMinutesWaitsUntilTheThirtiethLatestIsFifteenMinutesOld() {
        assertThat(limits.addressFreeAt(failures(29))).isNull();
        var thirty = failures(30);
        assertThat(limits.addressFreeAt(thirty)).isEqualTo(thirty.getLast().plus(Duration.ofMinutes(15)));
    }

    /** That many failures ten seconds apart, newest first, the newest at {@link #latest}. */
    private List<Instant> failures(int count) {
        var failures = new ArrayList<Instant>();
        for (int i = 0; i < count; i++) {
            failures.add(latest.minusSeconds(10L * i));
        }
        return failures;
    }
}
