package org.jwc.secretariat.user;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.SqlStatements;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users page reads who acts in the committee, and their roles there, in the same few
 * statements however many accounts the platform holds: not two or three per account. The accounts
 * made here are rolled back with the test's transaction.
 */
@DatabaseTest
@Transactional
@WithUserDetails("admin")
class UsersPageQueryCountTest {

    private static final int MORE_ACCOUNTS = 20;

    @Autowired UserService users;
    @Autowired PartyService parties;
    @Autowired WorkingCommittees working;
    @Autowired Users accounts;
    @Autowired CommitteeService committees;
    @Autowired EntityManager entityManager;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void theUsersPageCostsTheSameStatementsWithTwentyAccountsMore() {
        var before = users.all().size();
        var statements = statementsOfTheUsersPage();

        var caoBang = parties.findByCode("CB").orElseThrow().id();
        for (int i = 0; i < MORE_ACCOUNTS; i++) {
            var created = users.create(new UserProfile(SignedIn.unique("cb.count"), "Nông Văn Đếm " + i, null, null, caoBang,
                    EnumSet.of(Role.DELEGATE), Language.VI, null, true));
            if (i % 2 == 0) { // half of them secretaries in this committee by a role of its own
                var account = accounts.findByUsername(created.username()).orElseThrow();
                working.giveRolesIn(account, committees.requireCurrentId(), EnumSet.of(Role.SECRETARY));
            }
        }

        assertThat(statementsOfTheUsersPage()).isEqualTo(statements);
        var all = users.all();
        assertThat(all).hasSize(before + MORE_ACCOUNTS);
        var roles = users.rolesHere(all);
        assertThat(all.stream().filter(u -> u.username().startsWith("cb.count")).map(u -> roles.get(u.id())))
                .containsOnly(EnumSet.of(Role.DELEGATE), EnumSet.of(Role.SECRETARY))
                .filteredOn(r -> r.contains(Role.SECRETARY)).hasSize(MORE_ACCOUNTS / 2);
    }

    private long statementsOfTheUsersPage() {
        entityManager.flush();
        entityManager.clear();
        return SqlStatements.preparedBy(entityManagerFactory, () -> assertThat(users.rolesHere(users.all())).isNotEmpty());
    }
}
