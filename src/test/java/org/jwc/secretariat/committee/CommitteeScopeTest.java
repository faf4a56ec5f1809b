package org.jwc.secretariat.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.area.CooperationArea;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingDetails;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Areas and meetings belong to a committee (issue 16, ADR 0025): another mechanism's 18th meeting
 * and its areas, written beside the Guangxi committee's, are not among this committee's, and its
 * numbers are its own. The other committee is written by hand: creating one is the next step.
 */
@DatabaseTest
class CommitteeScopeTest {

    @Autowired CommitteeService committees;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    long yunnanGroup;
    long otherEighteenth;
    long otherArea;

    @BeforeEach
    void aSecondMechanismBesideThisOne() {
        SignedIn.as(accounts, "admin");
        jdbc.update("INSERT INTO committee (version, name_vi, name_zh) VALUES (0, 'Nhóm công tác liên hợp', '联合工作组')");
        yunnanGroup = jdbc.queryForObject("SELECT MAX(id) FROM committee", Long.class);
        var ours = meetings.findByNumber(18).orElseThrow();
        jdbc.update("""
                INSERT INTO meeting (version, committee_id, meeting_number, title_vi, title_zh, starts_at, ends_at,
                    meeting_format, host_party_id, co_chair_party_id, phase)
                SELECT 0, ?, 18, 'Phiên họp lần thứ 18', '第十八次会议', starts_at, ends_at, meeting_format,
                    host_party_id, co_chair_party_id, 'PREPARATION' FROM meeting WHERE id = ?""", yunnanGroup, ours.id());
        otherEighteenth = jdbc.queryForObject("SELECT id FROM meeting WHERE committee_id = ?", Long.class, yunnanGroup);
        jdbc.update("INSERT INTO cooperation_area (version, committee_id, position, name_vi, name_zh)"
                + " VALUES (0, ?, 1, 'Nông nghiệp vùng cao', '高原农业')", yunnanGroup);
        otherArea = jdbc.queryForObject("SELECT id FROM cooperation_area WHERE committee_id = ?", Long.class, yunnanGroup);
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        jdbc.update("DELETE FROM cooperation_area WHERE committee_id = ?", yunnanGroup);
        jdbc.update("DELETE FROM meeting WHERE committee_id = ?", yunnanGroup);
        jdbc.update("DELETE FROM committee WHERE id = ?", yunnanGroup);
    }

    @Test
    void theCommitteesMeetingsAreItsOwnAndAnotherMechanismsEighteenthIsNotAmongThem() {
        assertThat(meetings.all()).extracting(Meeting::id).doesNotContain(otherEighteenth);
        assertThat(meetings.all()).allSatisfy(m -> assertThat(m.committeeId()).isEqualTo(committees.requireCurrentId()));
        assertThat(meetings.findByNumber(18).orElseThrow().id()).as("the number counts within the committee")
                .isNotEqualTo(otherEighteenth);
    }

    @Test
    void aNumberTakenInAnotherMechanismIsFreeHereAndOneTakenHereIsRefused() {
        var latest = meetings.all().getFirst().details();
        var free = latest.number() + 1;
        jdbc.update("UPDATE meeting SET meeting_number = ? WHERE id = ?", free, otherEighteenth);
        var made = meetings.create(withNumber(latest, free));
        try {
            assertThat(made.committeeId()).isEqualTo(committees.requireCurrentId());
            assertThatThrownBy(() -> meetings.create(withNumber(latest, 18))).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("meeting.error.numberTaken");
        } finally {
            jdbc.update("DELETE FROM meeting WHERE id = ?", made.id());
        }
    }

    @Test
    void theCommitteesAreasAreItsOwnAndNoAreaGoesUnderAnotherMechanismsArea() {
        assertThat(areas.all()).extracting(CooperationArea::id).isNotEmpty().doesNotContain(otherArea);
        assertThat(areas.children(null)).extracting(CooperationArea::position).as("positions count within the committee")
                .doesNotHaveDuplicates();
        assertThatThrownBy(() -> areas.add(otherArea, new LocalizedText("Chè", "茶叶", null)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("error.notFound");
        var added = areas.add(null, new LocalizedText("Du lịch biên giới", "边境旅游", null));
        try {
            assertThat(added.committeeId()).isEqualTo(committees.requireCurrentId());
            assertThat(added.position()).as("after this committee's own top-level areas")
                    .isEqualTo(areas.children(null).size());
        } finally {
            jdbc.update("DELETE FROM cooperation_area WHERE id = ?", added.id());
        }
    }

    private static MeetingDetails withNumber(MeetingDetails d, int number) {
        var later = Duration.ofDays(400L * (number - d.number()));
        return new MeetingDetails(number, d.title(), d.startsAt().plus(later), d.endsAt().plus(later), d.format(), d.venue(),
                d.bridges(), d.hostPartyId(), d.coChairPartyId(), null, null, null);
    }
}
