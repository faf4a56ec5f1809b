package org.jwc.secretariat.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.SqlStatements;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.i18n.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The area choices every proposal screen builds, and every pushed refresh of one: the whole tree
 * from one statement. They were read with a query per area (fifteen for the demo tree).
 */
@DatabaseTest
class AreaChoicesTest {

    @Autowired AreaService areas;
    @Autowired UserDetailsService accounts;
    @Autowired EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theAreaTreeIsReadInOneStatementAndLabelledWithItsParents() {
        SignedIn.as(accounts, "gx.secretary");
        assertThat(SqlStatements.preparedBy(entityManagerFactory, () -> new AreaChoices(areas, Language.VI))).isEqualTo(1);
        var choices = new AreaChoices(areas, Language.VI);
        var tourism = areas.all().stream().filter(a -> "Tourism".equals(a.name().en())).findFirst().orElseThrow();
        assertThat(choices.label(tourism.id())).isEqualTo("Hợp tác trong các lĩnh vực trọng điểm › Du lịch");
        assertThat(choices.ids()).hasSize(areas.all().size());
    }
}
