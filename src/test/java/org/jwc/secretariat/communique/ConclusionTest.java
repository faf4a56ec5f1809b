package org.jwc.secretariat.communique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.CirculatedCommuniques;
import org.jwc.secretariat.ConfirmedStatements;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.OpenWork.OpenItem;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.minutes.MinutesService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * ADR 0017: a meeting concludes with nothing left that nobody could finish afterwards. Open minutes
 * keep it in approval after every leader has approved; closing them concludes it. The
 * administrator reads what is still open before moving a meeting on, and cannot conclude it while
 * the minutes or the communiqué are unfinished.
 */
@DatabaseTest
class ConclusionTest {

    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired CommuniqueService communiques;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    CirculatedCommuniques communique;
    Meeting meeting;

    @BeforeEach
    void aGeneratedDraft() {
        communique = CirculatedCommuniques.generatedDraft(context);
        meeting = communique.meeting();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void aMeetingWhoseLeadersApproveWhileItsMinutesAreOpenConcludesWhenTheHostClosesThem() {
        SignedIn.as(accounts, CirculatedCommuniques.HOST_SECRETARY);
        var record = minutes.open(meeting.id());

        communique.madeFinal();

        assertThat(communiques.find(meeting.id()).orElseThrow().isFinal()).isTrue();
        assertThat(meetings.get(meeting.id()).phase()).as("the minutes are still open").isEqualTo(Phase.APPROVAL);
        SignedIn.as(accounts, "admin");
        assertThat(meetings.openWork(meeting.id())).extracting(OpenItem::key)
                .contains("open.minutesNotClosed", "open.statementsNotConfirmed");
        assertThatThrownBy(() -> meetings.changePhase(meeting.id(), meetings.get(meeting.id()).getVersion(), Phase.CONCLUDED))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.keptOpen"));

        ConfirmedStatements.inMinutesOf(meeting, minutes, accounts);
        SignedIn.as(accounts, CirculatedCommuniques.HOST_SECRETARY);
        minutes.close(meeting.id(), minutes.find(meeting.id()).orElseThrow().getVersion());

        assertThat(meetings.get(meeting.id()).phase()).isEqualTo(Phase.CONCLUDED);
        assertThat(record.id()).isEqualTo(minutes.find(meeting.id()).orElseThrow().id());
    }

    @Test
    void aMeetingWhoseMinutesAreClosedConcludesWhenTheLastLeaderApproves() {
        SignedIn.as(accounts, CirculatedCommuniques.HOST_SECRETARY);
        minutes.open(meeting.id());
        ConfirmedStatements.inMinutesOf(meeting, minutes, accounts);
        SignedIn.as(accounts, CirculatedCommuniques.HOST_SECRETARY);
        minutes.close(meeting.id(), minutes.find(meeting.id()).orElseThrow().getVersion());
        assertThat(meetings.get(meeting.id()).phase()).as("closing the minutes does not conclude a draft").isEqualTo(Phase.DRAFTING);

        communique.madeFinal();

        assertThat(meetings.get(meeting.id()).phase()).isEqualTo(Phase.CONCLUDED);
    }

    @Test
    void theAdministratorCannotConcludeAMeetingWhoseCommuniqueIsNotFinal() {
        communique.circulate();
        SignedIn.as(accounts, "admin");
        var open = meetings.openWork(meeting.id());

        assertThat(open).filteredOn(OpenItem::keepsMeetingOpen).extracting(OpenItem::key).containsExactly("open.communiqueNotFinal");
        assertThatThrownBy(() -> meetings.changePhase(meeting.id(), meetings.get(meeting.id()).getVersion(), Phase.CONCLUDED))
                .isInstanceOf(RefusedException.class);
        assertThat(meetings.get(meeting.id()).phase()).isEqualTo(Phase.APPROVAL);
    }

    @Test
    void onlyTheAdministratorReadsWhatIsOpenAtAMeeting() {
        SignedIn.as(accounts, CirculatedCommuniques.HOST_SECRETARY);
        assertThatThrownBy(() -> meetings.openWork(meeting.id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
