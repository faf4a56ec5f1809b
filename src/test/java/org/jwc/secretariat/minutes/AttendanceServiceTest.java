package org.jwc.secretariat.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.ConfirmedStatements;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each party lists its own delegation; others read it once submitted; the host lists the observers. */
@DatabaseTest
class AttendanceServiceTest {

    @Autowired AttendanceService attendance;
    @Autowired MinutesService minutes;
    @Autowired MeetingService meetings;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOutAndDiscardTheMeetings() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void aCaoBangDelegationIsSeenOnlyByCaoBangUntilItsSecretarySubmitsItWithAHead() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "cb.secretary");
        var cb = parties.findByCode("CB").orElseThrow().id();
        var member = attendance.addMember(meeting.id(), person("Nguyễn Văn A", "阮文甲", "Phó Chủ tịch UBND tỉnh Cao Bằng",
                "高平省人民委员会副主席", AttendeeRole.MEMBER));
        assertThatThrownBy(() -> attendance.submitDelegation(meeting.id()))
                .isInstanceOf(RefusedException.class).hasMessage("minutes.error.noHead");
        attendance.addMember(meeting.id(), person("Hoàng Văn B", "黄文乙", "Chủ tịch UBND tỉnh Cao Bằng", "高平省人民委员会主席",
                AttendeeRole.HEAD));

        SignedIn.as(accounts, "gx.secretary");
        assertThat(attendance.attendance(meeting.id())).extracting(DelegationList::partyId).doesNotContain(cb);
        assertThatThrownBy(() -> attendance.edit(member.id(), member.getVersion(), person("X", "X", "X", "X", AttendeeRole.MEMBER)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(accounts, "cb.delegate");
        assertThatThrownBy(() -> attendance.submitDelegation(meeting.id())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "cb.secretary");
        attendance.submitDelegation(meeting.id());

        SignedIn.as(accounts, "gx.leader");
        var list = attendance.attendance(meeting.id()).stream().filter(d -> d.partyId() != null && d.partyId() == cb).findFirst().orElseThrow();
        assertThat(list.submitted()).isTrue();
        assertThat(list.attendees()).extracting(a -> a.name().zh()).containsExactly("黄文乙", "阮文甲");
    }

    @Test
    void theHostListsObserversAndNoOtherPartyDoes() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        var observer = person("Lê Văn C", "黎文丙", "Tổng Lãnh sự Việt Nam tại Nam Ninh", "越南驻南宁总领事", AttendeeRole.OBSERVER);
        for (var refused : List.of("gx.secretary", "ls.delegate")) {
            SignedIn.as(accounts, refused);
            assertThatThrownBy(() -> attendance.addObserver(meeting.id(), observer)).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> attendance.addObserver(meeting.id(), person("A", "A", "B", "B", AttendeeRole.MEMBER)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("role"));
        assertThatThrownBy(() -> attendance.addMember(meeting.id(), observer))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("role"));
        attendance.addObserver(meeting.id(), observer);

        SignedIn.as(accounts, "qn.delegate");
        assertThat(attendance.attendance(meeting.id()).getLast().attendees()).extracting(a -> a.title().vi())
                .containsExactly("Tổng Lãnh sự Việt Nam tại Nam Ninh");
    }

    @Test
    void aNameOrTitleMissingInOneOfficialLanguageIsRefusedOnItsField() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "qn.secretary");
        assertThatThrownBy(() -> attendance.addMember(meeting.id(), person("Trần D", null, "Bí thư", "书记", AttendeeRole.HEAD)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> attendance.addMember(meeting.id(), person("Trần D", "陈丁", "Bí thư\u202E", "书记", AttendeeRole.HEAD)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("title"));
        var own = attendance.attendance(meeting.id()).stream().filter(d -> d.partyId() != null).findFirst().orElseThrow();
        assertThat(own.attendees()).as("nothing half-saved").isEmpty();
    }

    @Test
    void closedMinutesLockTheAttendance() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "qn.secretary");
        var head = attendance.addMember(meeting.id(), person("Trần D", "陈丁", "Bí thư Tỉnh ủy", "省委书记", AttendeeRole.HEAD));
        SignedIn.as(accounts, "ls.secretary");
        var record = minutes.open(meeting.id());
        ConfirmedStatements.inMinutesOf(meeting, minutes, accounts);
        SignedIn.as(accounts, "ls.secretary");
        minutes.close(meeting.id(), record.getVersion());

        SignedIn.as(accounts, "qn.secretary");
        assertThatThrownBy(() -> attendance.remove(head.id(), head.getVersion()))
                .isInstanceOf(RefusedException.class).hasMessage("minutes.error.closed");
    }

    private static AttendeeDetails person(String nameVi, String nameZh, String titleVi, String titleZh, AttendeeRole role) {
        return new AttendeeDetails(new LocalizedText(nameVi, nameZh, null), new LocalizedText(titleVi, titleZh, null), role);
    }
}
