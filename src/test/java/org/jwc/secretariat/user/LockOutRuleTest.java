package org.jwc.secretariat.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.security.Role;

class LockOutRuleTest {

    final Instant now = Instant.parse("2026-11-25T08:00:00Z");
    final User user = new User(new UserProfile("cb.test", "Test", null, null, 4L, Set.of(Role.DELEGATE), Language.VI, null, true),
            "{noop}x", false);

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(now);
        }
        assertThat(user.isLockedAt(now)).isFalse();
        user.recordFailedLogin(now);
        assertThat(user.isLockedAt(now)).isTrue();
        assertThat(user.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(user.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAfresh() {
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(now);
        }
        user.recordSuccessfulLogin();
        user.recordFailedLogin(now);
        assertThat(user.isLockedAt(now)).isFalse();
    }

    @Test
    void afterALockOutExpiresOneMoreFailureDoesNotLockAgain() {
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(now);
        }
        var later = now.plus(Duration.ofMinutes(16));
        user.recordFailedLogin(later);
        assertThat(user.isLockedAt(later)).isFalse();
    }
}
