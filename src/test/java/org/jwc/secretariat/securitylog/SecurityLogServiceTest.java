package org.jwc.secretariat.securitylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.base.WholeCharacters;
import org.jwc.secretariat.security.SecurityEvent.Kind;
import org.jwc.secretariat.security.SecurityEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the security log keeps and how the administrator finds it. Each test names its accounts
 * uniquely and looks for those alone: on MariaDB every test class writes to the one log.
 */
@DatabaseTest
class SecurityLogServiceTest {

    @Autowired SecurityLogService log;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aFailedSignInOutsideAnyTransactionIsRecordedAtOnce() {
        var name = SignedIn.unique("log.");
        var before = Instant.now();
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN_FAILED, name, null, "203.0.113.7", null));

        assertThat(entriesOf(name)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.SIGN_IN_FAILED);
            assertThat(e.username()).isEqualTo(name);
            assertThat(e.actor()).isNull();
            assertThat(e.address()).isEqualTo("203.0.113.7");
            assertThat(e.at()).isAfterOrEqualTo(before.minusSeconds(1));
        });
    }

    @Test
    void aChangeIsRecordedOnceCommittedAndNotAtAllWhenItRollsBack() {
        var committed = SignedIn.unique("log.");
        var rolledBack = SignedIn.unique("log.");
        var inTransaction = new TransactionTemplate(transactions);

        inTransaction.executeWithoutResult(status -> {
            events.publishEvent(new SecurityEvent(Kind.ROLES_CHANGED, committed, "admin", null, "[DELEGATE] → [LEADER]"));
            SignedIn.as(accounts, "admin");
            assertThat(log.count(byName(committed))).as("not before the commit").isZero();
            SignedIn.signOut();
        });
        inTransaction.executeWithoutResult(status -> {
            events.publishEvent(new SecurityEvent(Kind.ROLES_CHANGED, rolledBack, "admin", null, "[DELEGATE] → [LEADER]"));
            status.setRollbackOnly();
        });

        assertThat(entriesOf(committed)).extracting(SecurityLogEntry::kind).containsExactly(Kind.ROLES_CHANGED);
        assertThat(entriesOf(rolledBack)).as("the change did not happen").isEmpty();
    }

    @Test
    void theNewestEntryComesFirst() throws InterruptedException {
        var name = SignedIn.unique("log.");
        for (var kind : List.of(Kind.ACCOUNT_CREATED, Kind.PASSWORD_CHANGED, Kind.SIGN_IN)) {
            events.publishEvent(new SecurityEvent(kind, name, null, null, null));
            Thread.sleep(5);
        }

        assertThat(entriesOf(name)).extracting(SecurityLogEntry::kind)
                .containsExactly(Kind.SIGN_IN, Kind.PASSWORD_CHANGED, Kind.ACCOUNT_CREATED);
    }

    @Test
    void theAdministratorFiltersByTimeKindAndAddress() throws InterruptedException {
        var name = SignedIn.unique("log.");
        var start = Instant.now();
        Thread.sleep(20);
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN_FAILED, name, null, "203.0.113.7", null));
        Thread.sleep(20);
        var between = Instant.now();
        Thread.sleep(20);
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN, name, null, "198.51.100.23", null));
        Thread.sleep(20);
        var end = Instant.now();

        assertThat(kinds(new SecurityLogFilter(start, end, null, name, null))).containsExactly(Kind.SIGN_IN, Kind.SIGN_IN_FAILED);
        assertThat(kinds(new SecurityLogFilter(between, null, null, name, null))).containsExactly(Kind.SIGN_IN);
        assertThat(kinds(new SecurityLogFilter(null, between, null, name, null))).containsExactly(Kind.SIGN_IN_FAILED);
        assertThat(kinds(new SecurityLogFilter(null, null, Kind.SIGN_IN_FAILED, name, null))).containsExactly(Kind.SIGN_IN_FAILED);
        assertThat(kinds(new SecurityLogFilter(null, null, null, name, "198.51.100."))).containsExactly(Kind.SIGN_IN);
        assertThat(kinds(new SecurityLogFilter(null, null, null, name, "51.100"))).as("the address as it begins").isEmpty();
    }

    @Test
    void theUserNameFilterFindsPartOfTheAccountOrTheAdministratorInAnyCase() {
        var name = SignedIn.unique("log.");
        events.publishEvent(new SecurityEvent(Kind.ACCOUNT_CREATED, name + ".delegate", name + ".admin", null, null));
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN, name + ".leader", null, null, null));

        assertThat(kinds(byName(name.toUpperCase(Locale.ROOT)))).containsExactlyInAnyOrder(Kind.ACCOUNT_CREATED, Kind.SIGN_IN);
        assertThat(kinds(byName(name + ".admin"))).as("the actor's name").containsExactly(Kind.ACCOUNT_CREATED);
        assertThat(kinds(byName("  " + name + ".leader "))).as("spaces around it do not count").containsExactly(Kind.SIGN_IN);
    }

    @Test
    void percentAndUnderscoreInTheFilterAreLettersNotWildcards() {
        var name = SignedIn.unique("log.");
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN, name + "a_b", null, "10.0.0.1", null));
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN_FAILED, name + "axb", null, "10.0.0.2", null));

        assertThat(kinds(byName(name + "a_b"))).containsExactly(Kind.SIGN_IN);
        assertThat(kinds(byName(name + "%"))).isEmpty();
        assertThat(kinds(new SecurityLogFilter(null, null, null, name, "10.0.0._"))).isEmpty();
        assertThat(kinds(new SecurityLogFilter(null, null, null, name, "%"))).isEmpty();
    }

    @Test
    void anOverLongFieldIsCutToItsColumnWithoutSplittingACharacter() {
        var name = SignedIn.unique("log.");
        var longName = name + "x".repeat(SecurityLogEntry.NAME_LENGTH - 1 - name.length()) + "𠀀" + "tail";
        var longDetail = "谅".repeat(SecurityLogEntry.DETAIL_LENGTH + 50);
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN_FAILED, longName, "admin𠀀", "2001:db8::1".repeat(10), longDetail));

        assertThat(entriesOf(name)).singleElement().satisfies(e -> {
            assertThat(e.username()).as("the pair 𠀀 left out whole, not halved")
                    .isEqualTo(longName.substring(0, SecurityLogEntry.NAME_LENGTH - 1));
            assertThat(e.actor()).as("four bytes in MariaDB's utf8mb4, kept whole").isEqualTo("admin𠀀");
            assertThat(e.address()).hasSize(SecurityLogEntry.ADDRESS_LENGTH);
            assertThat(e.detail()).isEqualTo("谅".repeat(SecurityLogEntry.DETAIL_LENGTH));
        });
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsKeptWholeWhenItFits() {
        assertThat(WholeCharacters.cut("ab𠀀", 4)).isEqualTo("ab𠀀");
        assertThat(WholeCharacters.cut("ab𠀀", 3)).isEqualTo("ab");
        assertThat(WholeCharacters.cut("abc𠀀", 4)).isEqualTo("abc");
        assertThat(WholeCharacters.cut(null, 4)).isNull();
    }

    @Test
    void onlyAnAdministratorReadsTheLog() {
        for (var username : List.of("ls.delegate", "ls.secretary", "gx.leader")) {
            SignedIn.as(accounts, username);
            assertThatThrownBy(() -> log.find(SecurityLogFilter.ALL, 0, 10)).as(username)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> log.count(SecurityLogFilter.ALL)).as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.signOut();
        assertThatThrownBy(() -> log.count(SecurityLogFilter.ALL)).as("nobody signed in")
                .isInstanceOf(AuthenticationException.class);
    }

    private static SecurityLogFilter byName(@Nullable String name) {
        return new SecurityLogFilter(null, null, null, name, null);
    }

    private List<SecurityLogEntry> entriesOf(String name) {
        return find(byName(name));
    }

    private List<Kind> kinds(SecurityLogFilter filter) {
        return find(filter).stream().map(SecurityLogEntry::kind).toList();
    }

    private List<SecurityLogEntry> find(SecurityLogFilter filter) {
        SignedIn.as(accounts, "admin");
        try {
            var page = log.find(filter, 0, 50);
            assertThat(log.count(filter)).isEqualTo(page.getTotalElements());
            return page.getContent();
        } finally {
            SignedIn.signOut();
        }
    }
}
