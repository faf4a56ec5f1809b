package org.jwc.secretariat.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jwc.secretariat.security.LoginThrottle;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks out after five in a row, for fifteen minutes. Names that are
 * no account are counted too (in memory), so that the lock-out message cannot tell anyone which
 * accounts exist.
 */
@Component
class LoginAttempts implements LoginThrottle {

    private static final int MAX_TRACKED_UNKNOWN_NAMES = 10_000;

    private final Users users;
    private final Clock clock;
    private final Map<String, UnknownName> unknownNames = new ConcurrentHashMap<>();

    LoginAttempts(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var username = normalize(event.getAuthentication().getName());
        var now = clock.instant();
        users.findByUsername(username).ifPresentOrElse(user -> user.recordFailedLogin(now), () -> {
            if (unknownNames.size() >= MAX_TRACKED_UNKNOWN_NAMES) {
                unknownNames.values().removeIf(n -> !n.isLockedAt(now));
            }
            unknownNames.compute(username, (k, v) -> (v == null ? new UnknownName(0, null) : v).failed(now));
        });
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(normalize(event.getAuthentication().getName())).ifPresent(User::recordSuccessfulLogin);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isBlocked(String username) {
        var name = normalize(username);
        var now = clock.instant();
        return users.findByUsername(name)
                .map(user -> user.isLockedAt(now))
                .orElseGet(() -> {
                    var unknown = unknownNames.get(name);
                    return unknown != null && unknown.isLockedAt(now);
                });
    }

    private static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private record UnknownName(int failures, Instant lockedUntil) {
        UnknownName failed(Instant now) {
            var count = lockedUntil != null && !lockedUntil.isAfter(now) ? 1 : failures + 1;
            return new UnknownName(count, count >= User.MAX_FAILED_LOGINS ? now.plus(User.LOCK_OUT) : null);
        }

        boolean isLockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }
}
