package org.jwc.secretariat.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What each user last looked at of a record, so that the record shows them what changed since. The
 * tests remember looks at records of a kind of their own, which they delete afterwards.
 */
@DatabaseTest
class ReadingServiceTest {

    private static final String KIND = "reading-test";
    private static final AtomicLong RECORD = new AtomicLong(System.currentTimeMillis());

    @Autowired ReadingService reading;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void forget() {
        SignedIn.signOut();
        jdbc.update("DELETE FROM record_reading WHERE record_kind = ?", KIND);
    }

    @Test
    void aCaoBangDelegateIsShownTheRevisionTheyLastLookedAt() {
        var record = RECORD.incrementAndGet();
        SignedIn.as(accounts, "cb.delegate");
        assertThat(reading.lastLook(KIND, record)).as("never looked").isEmpty();

        var before = Instant.now();
        reading.saw(KIND, record, 3);
        reading.saw(KIND, record, 7);

        var look = reading.lastLook(KIND, record).orElseThrow();
        assertThat(look.revision()).isEqualTo(7);
        assertThat(look.at()).isBetween(before.minus(Duration.ofSeconds(1)), Instant.now().plus(Duration.ofSeconds(1)));
        assertThat(savedLooks(record)).isOne();
    }

    @Test
    void aScreenRefreshedFromAnOlderReadDoesNotMoveTheLookBack() {
        var record = RECORD.incrementAndGet();
        SignedIn.as(accounts, "gx.secretary");
        reading.saw(KIND, record, 5);
        var first = reading.lastLook(KIND, record).orElseThrow();

        reading.saw(KIND, record, 4);
        reading.saw(KIND, record, 5);

        assertThat(reading.lastLook(KIND, record)).contains(first);
    }

    @Test
    void eachUserIsShownOnlyTheirOwnLastLook() {
        var record = RECORD.incrementAndGet();
        SignedIn.as(accounts, "ls.delegate");
        reading.saw(KIND, record, 2);
        SignedIn.as(accounts, "gx.leader");
        assertThat(reading.lastLook(KIND, record)).as("Lạng Sơn's look is not Guangxi's").isEmpty();
        reading.saw(KIND, record, 9);
        SignedIn.as(accounts, "ls.delegate");
        assertThat(reading.lastLook(KIND, record).orElseThrow().revision()).isEqualTo(2);
        assertThat(reading.lastLook("other-kind", record)).as("a look is of one kind of record").isEmpty();
        assertThat(savedLooks(record)).isEqualTo(2);
    }

    @Test
    void nobodySignedInIsRememberedNorShownALook() {
        var record = RECORD.incrementAndGet();
        SignedIn.as(accounts, "qn.delegate");
        reading.saw(KIND, record, 1);
        SignedIn.signOut();

        assertThatThrownBy(() -> reading.saw(KIND, record, 2)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> reading.lastLook(KIND, record)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(savedLooks(record)).isOne();
        SignedIn.as(accounts, "qn.delegate");
        assertThat(reading.lastLook(KIND, record).orElseThrow().revision()).isEqualTo(1);
    }

    private int savedLooks(long record) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM record_reading WHERE record_kind = ? AND record_id = ?",
                Integer.class, KIND, record);
    }
}
