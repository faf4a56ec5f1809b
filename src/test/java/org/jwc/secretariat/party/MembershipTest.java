package org.jwc.secretariat.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A party is one row on the platform and a member of each committee on its own terms (issue 16,
 * ADR 0025): Tuyên Quang sits in the Guangxi committee and in the Yunnan working group, with its
 * own place in each rotation; Yunnan is a member of the working group only. The working group is
 * written by hand beside the demo's committee: creating one through the product is the next step.
 */
@DatabaseTest
class MembershipTest {

    @Autowired PartyService parties;
    @Autowired CommitteeService committees;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    long workingGroup;
    long yunnan;
    Party tuyenQuang;

    @BeforeEach
    void theYunnanWorkingGroupBesideTheCommittee() {
        SignedIn.as(accounts, "admin");
        jdbc.update("INSERT INTO committee (version, kind, name_vi, name_zh) VALUES (0, 'WORKING_GROUP', 'Nhóm công tác liên hợp', '联合工作组')");
        workingGroup = jdbc.queryForObject("SELECT MAX(id) FROM committee", Long.class);
        jdbc.update("""
                INSERT INTO party (version, code, name_vi, name_zh, side, time_zone, active_from)
                VALUES (0, 'YNT', 'Vân Nam', '云南省', 'CN', 'Asia/Shanghai', DATE '2008-01-01')""");
        yunnan = jdbc.queryForObject("SELECT id FROM party WHERE code = 'YNT'", Long.class);
        tuyenQuang = parties.findByCode("TQ").orElseThrow();
        member(yunnan, 1);
        member(tuyenQuang.id(), 7);
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        jdbc.update("DELETE FROM committee_membership WHERE committee_id = ?", workingGroup);
        jdbc.update("DELETE FROM party WHERE id = ?", yunnan);
        jdbc.update("DELETE FROM committee WHERE id = ?", workingGroup);
    }

    @Test
    void aPartyOfAnotherMechanismOnlyIsUnknownHereByIdAndByCode() {
        assertThat(parties.all()).extracting(Party::id).contains(tuyenQuang.id()).doesNotContain(yunnan);
        assertThat(parties.activeOn(LocalDate.of(2026, 1, 1))).extracting(Party::id).doesNotContain(yunnan);
        assertThat(parties.byId()).doesNotContainKey(yunnan);
        assertThat(parties.find(yunnan)).isEmpty();
        assertThat(parties.findByCode("YNT")).isEmpty();
        assertThatThrownBy(() -> parties.get(yunnan)).isInstanceOf(RefusedException.class).hasMessageContaining("error.notFound");
        assertThat(parties.memberships()).extracting(Membership::committeeId).containsOnly(committees.requireCurrentId());
    }

    @Test
    void tuyenQuangsPlaceInTheWorkingGroupChangesNothingInTheCommitteesRotation() {
        var before = meetings.proposeNext();
        var order = parties.all().stream().map(Party::code).toList();
        jdbc.update("UPDATE committee_membership SET host_order = 1 WHERE committee_id = ? AND party_id = ?", workingGroup, tuyenQuang.id());
        assertThat(meetings.proposeNext()).isEqualTo(before);
        assertThat(parties.all()).extracting(Party::code).isEqualTo(order).startsWith("HG", "TQ", "QN");
        assertThat(parties.details(tuyenQuang).hostOrder()).as("Tuyên Quang takes Hà Giang's place in this committee").isNull();
    }

    @Test
    void editingAPartysMembershipHereLeavesItsMembershipOfTheOtherMechanismAsItWas() {
        var d = parties.details(tuyenQuang);
        var changed = new PartyDetails(d.code(), d.name(), d.shortName(), d.side(), d.timeZone(), d.activeFrom(), d.activeUntil(),
                d.successorId(), 9, LocalDate.of(2025, 7, 1), null);
        try {
            var saved = parties.update(tuyenQuang.id(), tuyenQuang.getVersion(), changed);
            assertThat(saved.getVersion()).as("the party's version guards its membership too").isGreaterThan(tuyenQuang.getVersion());
            assertThat(parties.details(saved).hostOrder()).isEqualTo(9);
            assertThat(parties.details(saved).memberFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(jdbc.queryForObject("SELECT host_order FROM committee_membership WHERE committee_id = ? AND party_id = ?",
                    Integer.class, workingGroup, tuyenQuang.id())).isEqualTo(7);
            assertThatThrownBy(() -> parties.update(tuyenQuang.id(), tuyenQuang.getVersion(), d))
                    .as("an edit of the membership made from the version before is refused")
                    .isInstanceOf(RefusedException.class).hasMessageContaining("error.concurrentEdit");
        } finally {
            jdbc.update("UPDATE committee_membership SET host_order = NULL, member_from = NULL WHERE committee_id = ? AND party_id = ?",
                    committees.requireCurrentId(), tuyenQuang.id());
        }
    }

    @Test
    void aPartyWhoseMembershipHereHasEndedIsNoLongerAmongTheMembersOfTheDayButStaysInTheHistory() {
        var langSon = parties.findByCode("LS").orElseThrow();
        assertThat(langSon.isActiveOn(LocalDate.of(2021, 1, 1))).as("the province itself still exists").isTrue();
        var committee = committees.requireCurrentId();
        jdbc.update("UPDATE committee_membership SET member_until = DATE '2020-12-31' WHERE committee_id = ? AND party_id = ?",
                committee, langSon.id());
        try {
            assertThat(parties.activeOn(LocalDate.of(2020, 12, 31))).extracting(Party::code).contains("LS");
            assertThat(parties.activeOn(LocalDate.of(2021, 1, 1))).extracting(Party::code).doesNotContain("LS");
            assertThat(parties.all()).extracting(Party::code).contains("LS");
        } finally {
            jdbc.update("UPDATE committee_membership SET member_until = NULL WHERE committee_id = ? AND party_id = ?",
                    committee, langSon.id());
        }
    }

    @Test
    void aMembershipCannotEndBeforeItStarts() {
        var d = parties.details(tuyenQuang);
        var reversed = new PartyDetails(d.code(), d.name(), d.shortName(), d.side(), d.timeZone(), d.activeFrom(), d.activeUntil(),
                d.successorId(), d.hostOrder(), LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> parties.update(tuyenQuang.id(), tuyenQuang.getVersion(), reversed))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("memberUntil"));
        assertThat(parties.details(tuyenQuang).memberUntil()).isNull();
    }

    private void member(long party, int hostOrder) {
        jdbc.update("INSERT INTO committee_membership (version, committee_id, party_id, host_order) VALUES (0, ?, ?, ?)",
                workingGroup, party, hostOrder);
    }
}
