package org.jwc.secretariat.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.WholeCharacters;
import org.jwc.secretariat.security.LoginThrottle;
import org.jwc.secretariat.security.SecurityEvent.Kind;
import org.jwc.secretariat.security.SecurityEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in throttling kept in the database, so that every node counts the same attempts (ADR 0021).
 * A name is paused only where its failures come from; the address of an attacker trying many names
 * is paused as a whole. A name that is no account is counted and answered like any other.
 */
@Component
@EnableConfigurationProperties(SignInLimits.class)
class SignInGuard implements LoginThrottle {

    private final SignInAttempts attempts;
    private final Users users;
    private final SignInLimits limits;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInGuard(SignInAttempts attempts, Users users, SignInLimits limits, Clock clock, ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.users = users;
        this.limits = limits;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean refuses(String username, String address) {
        var name = normalized(username);
        var now = clock.instant();
        var waitUntil = freeAt(name, cut(address, SignInAttempt.ADDRESS_LENGTH), now);
        if (waitUntil == null || !waitUntil.isAfter(now)) {
            return false;
        }
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN_THROTTLED, name, null, address, "until " + waitUntil));
        return true;
    }

    @Override
    @Transactional
    public boolean failed(String username, String address) {
        var name = normalized(username);
        var from = cut(address, SignInAttempt.ADDRESS_LENGTH);
        var now = clock.instant();
        attempts.save(new SignInAttempt(name, from, now, false));
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN_FAILED, name, null, address, null));
        var waitUntil = freeAt(name, from, now);
        return waitUntil != null && waitUntil.isAfter(now);
    }

    /** A password accepted (not the second step, which sends its own event): a success for the pair, a visit for the user. */
    @EventListener
    @Transactional
    void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken authentication)) {
            return;
        }
        var name = normalized(authentication.getName());
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
        var now = clock.instant();
        attempts.save(new SignInAttempt(name, cut(address, SignInAttempt.ADDRESS_LENGTH), now, true));
        users.findByUsername(name).ifPresent(user -> user.signedIn(now));
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN, name, null, address, null));
    }

    /** Since the previous sign-in (or as far back as attempts are kept), up to this one; null when none failed. */
    @Nullable FailedSignIns failuresBefore(User user) {
        var before = user.lastSignInAt();
        if (before == null) {
            return null;
        }
        var kept = clock.instant().minus(limits.keptFor());
        var after = user.previousSignInAt() == null || user.previousSignInAt().isBefore(kept) ? kept : user.previousSignInAt();
        var count = attempts.countFailuresOn(user.username(), after, before);
        if (count == 0) {
            return null;
        }
        var latest = attempts.failuresOn(user.username(), after, before, Limit.of(20));
        var addresses = latest.stream().map(SignInAttempt::address).distinct().limit(FailedSignIns.ADDRESSES_SHOWN).toList();
        return new FailedSignIns(count, latest.getFirst().at(), addresses);
    }

    /** Every node prunes; deleting what another node already deleted costs nothing. */
    @Scheduled(fixedDelayString = "${jwc.security.sign-in.prune-every:1h}", initialDelayString = "${jwc.security.sign-in.prune-every:1h}")
    @Transactional
    public void prune() {
        attempts.deleteOlderThan(clock.instant().minus(limits.keptFor()));
    }

    private @Nullable Instant freeAt(String name, String address, Instant now) {
        var since = now.minus(limits.memory());
        var success = attempts.lastSuccess(name, address, since);
        var nameFree = limits.nameFreeAt(attempts.failures(name, address, success == null ? since : success,
                Limit.of(limits.failuresThatMatter())));
        var addressFree = limits.addressFreeAt(attempts.failuresFrom(address, now.minus(limits.addressWindow()),
                Limit.of(limits.addressCeiling())));
        if (nameFree == null) {
            return addressFree;
        }
        return addressFree == null || nameFree.isAfter(addressFree) ? nameFree : addressFree;
    }

    /** The name as the account is found by: trimmed, lower case, and no longer than the column. */
    static String normalized(String username) {
        return cut(username.strip().toLowerCase(Locale.ROOT), SignInAttempt.NAME_LENGTH);
    }

    private static String cut(String text, int length) {
        return Objects.requireNonNull(WholeCharacters.cut(text, length));
    }
}
