package org.jwc.secretariat.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SecretariatUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** A new installation without demo data (H2 only: the shared MariaDB test database is never empty). */
@SpringBootTest(properties = {"jwc.test.tier=first-start", "jwc.first-admin-email=secretariat.admin@jwc.example"})
@ActiveProfiles("test")
class FirstAdministratorTest {

    @Autowired UserDetailsService accounts;
    @Autowired Recipients recipients;

    @Test
    void theFirstStartCreatesOnlyAnAdministratorWhoMustChooseAPassword() {
        var admin = (SecretariatUser) accounts.loadUserByUsername("admin");
        assertThat(admin.roles()).as("the platform's administrator, who names the first committee").containsExactlyInAnyOrder(Role.ADMIN, Role.PLATFORM_ADMIN);
        assertThat(admin.committeeId()).as("no committee yet").isNull();
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.partyId()).isNull();
        assertThat(recipients.byId(admin.userId()).orElseThrow().email()).as("where the second factor's codes go")
                .isEqualTo("secretariat.admin@jwc.example");
    }
}
