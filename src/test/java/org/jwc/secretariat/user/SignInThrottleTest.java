package org.jwc.secretariat.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.security.LoginThrottle;
import org.jwc.secretariat.security.SecurityEvent.Kind;
import org.jwc.secretariat.security.SecurityEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Sign-in throttling as the database keeps it (ADR 0021): an attacker's failures on a leader's name
 * pause that name at the attacker's address, never at the leader's office. Addresses from the
 * documentation ranges, cleaned up after each test (on MariaDB the table is shared).
 */
@DatabaseTest
@RecordApplicationEvents
class SignInThrottleTest {

    static final String OFFICE = "203.0.113.10";
    static final String ATTACKER = "198.51.100.66";

    @Autowired LoginThrottle throttle;
    @Autowired SignInGuard guard;
    @Autowired SignInAttempts attempts;
    @Autowired UserService users;
    @Autowired UserDetailsService accounts;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired ApplicationEvents events;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void discard() {
        SignedIn.signOut();
        jdbc.update("DELETE FROM sign_in_attempt WHERE address IN (?, ?) OR address LIKE '192.0.2.%'", OFFICE, ATTACKER);
    }

    @Test
    void anAttackerFailingFiveTimesOnALeadersNamePausesItAtTheAttackersAddressOnly() {
        assertThat(failFiveTimes("ls.leader", ATTACKER)).containsExactly(false, false, false, false, true);
        assertThat(throttle.refuses("ls.leader", ATTACKER)).isTrue();
        assertThat(throttle.refuses(" LS.Leader", ATTACKER)).as("the name as the account is found by").isTrue();
        assertThat(throttle.refuses("ls.leader", OFFICE)).as("the leader at their office").isFalse();
        assertThat(securityEvents()).extracting(SecurityEvent::kind, SecurityEvent::address).containsExactly(
                failedAt(ATTACKER), failedAt(ATTACKER), failedAt(ATTACKER), failedAt(ATTACKER), failedAt(ATTACKER),
                tuple(Kind.SIGN_IN_THROTTLED, ATTACKER),
                tuple(Kind.SIGN_IN_THROTTLED, ATTACKER));
    }

    @Test
    void aNameThatIsNoAccountIsPausedExactlyLikeALeadersSoThatNoAnswerTellsWhichExist() {
        assertThat(failFiveTimes("nobody.here", ATTACKER)).isEqualTo(failFiveTimes("gx.leader", OFFICE));
        assertThat(throttle.refuses("nobody.here", ATTACKER)).isEqualTo(throttle.refuses("gx.leader", OFFICE)).isTrue();
    }

    @Test
    void thePauseEndsAfterAMinuteAndEachFurtherFailureDoublesIt() {
        failedAgo("cb.leader", ATTACKER, 5, Duration.ofSeconds(61));
        assertThat(throttle.refuses("cb.leader", ATTACKER)).as("a minute after the fifth failure").isFalse();
        assertThat(throttle.failed("cb.leader", ATTACKER)).as("the sixth failure: two minutes").isTrue();
        discard();
        failedAgo("cb.leader", ATTACKER, 6, Duration.ofSeconds(90));
        assertThat(throttle.refuses("cb.leader", ATTACKER)).as("ninety seconds after the sixth").isTrue();
        discard();
        failedAgo("cb.leader", ATTACKER, 6, Duration.ofSeconds(121));
        assertThat(throttle.refuses("cb.leader", ATTACKER)).as("two minutes after the sixth").isFalse();
    }

    @Test
    void anAddressTryingThirtyNamesIsPausedForEveryNameButOnlyThere() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("guess" + i, ATTACKER);
        }
        assertThat(throttle.refuses("qn.leader", ATTACKER)).as("a name never tried from there").isTrue();
        assertThat(throttle.refuses("qn.leader", OFFICE)).isFalse();
    }

    @Test
    void aSuccessFromTheAddressEndsTheNamesBackOffThere() {
        failFiveTimes("qn.delegate", OFFICE);
        signedIn("qn.delegate", OFFICE);
        assertThat(throttle.refuses("qn.delegate", OFFICE)).isFalse();
        assertThat(securityEvents()).extracting(SecurityEvent::kind).contains(Kind.SIGN_IN);
    }

    @Test
    void aUserIsToldOfTheFailedAttemptsOnTheirNameSinceTheirPreviousVisitOnce() {
        signedIn("cb.leader", OFFICE);
        for (int i = 0; i < 3; i++) {
            throttle.failed("cb.leader", ATTACKER);
        }
        throttle.failed("cb.leader", "192.0.2.7");
        signedIn("cb.leader", OFFICE);
        SignedIn.as(accounts, "cb.leader");

        var told = users.failedSignInsSinceLastVisit();

        assertThat(told).isNotNull();
        assertThat(told.count()).isEqualTo(4);
        assertThat(told.addresses()).containsExactly("192.0.2.7", ATTACKER);
        signedIn("cb.leader", OFFICE);
        assertThat(users.failedSignInsSinceLastVisit()).as("nothing new at the next visit").isNull();
    }

    @Test
    void attemptsOlderThanThirtyDaysArePruned() {
        var now = clock.instant();
        attempts.save(new SignInAttempt("old.name", "192.0.2.1", now.minus(Duration.ofDays(31)), false));
        attempts.save(new SignInAttempt("old.name", "192.0.2.2", now.minus(Duration.ofDays(29)), false));

        guard.prune();

        assertThat(jdbc.queryForList("SELECT address FROM sign_in_attempt WHERE username = 'old.name'", String.class))
                .containsExactly("192.0.2.2");
    }

    private List<Boolean> failFiveTimes(String username, String address) {
        return IntStream.range(0, 5).mapToObj(i -> throttle.failed(username, address)).toList();
    }

    /** That many failures ten seconds apart, the latest {@code ago}. */
    private void failedAgo(String username, String address, int count, Duration ago) {
        var latest = clock.instant().minus(ago);
        for (int i = 0; i < count; i++) {
            attempts.save(new SignInAttempt(username, address, latest.minusSeconds(10L * i), false));
        }
    }

    /** A password accepted from that address, as Spring Security announces it. */
    private void signedIn(String username, String address) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null, List.of());
        authentication.setDetails(new WebAuthenticationDetails(address, null));
        publisher.publishEvent(new AuthenticationSuccessEvent(authentication));
    }

    private List<SecurityEvent> securityEvents() {
        return events.stream(SecurityEvent.class).toList();
    }

    private static Tuple failedAt(String address) {
        return tuple(Kind.SIGN_IN_FAILED, address);
    }
}
