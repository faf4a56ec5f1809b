package org.jwc.secretariat.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new installation (H2 only, as FirstAdministratorTest): areas and meetings belong to a committee
 * (ADR 0025), so the administrator names it first and is told so, not shown an error.
 */
@SpringBootTest(properties = {"jwc.test.tier=first-start", "jwc.first-admin-email=secretariat.admin@jwc.example"})
@ActiveProfiles("test")
class BeforeTheCommitteeIsNamedTest {

    @Autowired CommitteeService committees;
    @Autowired AreaService areas;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void anInstallationAsNewAsBefore() {
        SignedIn.signOut();
        jdbc.update("DELETE FROM cooperation_area");
        jdbc.update("DELETE FROM committee");
    }

    @Test
    void anAreaBeforeTheCommitteeIsNamedIsRefusedWithItsOwnMessageAndAfterwardsBelongsToIt() {
        SignedIn.as(accounts, "admin");
        var trade = new LocalizedText("Kinh tế thương mại", "经贸", null);
        assertThat(meetings.all()).isEmpty();
        assertThat(areas.all()).isEmpty();
        assertThatThrownBy(() -> areas.add(null, trade)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("committee.error.none");

        var committee = committees.rename(0, new LocalizedText("Nhóm công tác liên hợp", "联合工作组", null));
        var area = areas.add(null, trade);

        assertThat(area.committeeId()).isEqualTo(committee.id());
        assertThat(areas.all()).singleElement().extracting(a -> a.name().vi()).isEqualTo("Kinh tế thương mại");
    }
}
