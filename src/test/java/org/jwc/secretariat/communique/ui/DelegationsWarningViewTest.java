package org.jwc.secretariat.communique.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.communique.AgreedProposals;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.minutes.AttendanceService;
import org.jwc.secretariat.minutes.AttendeeDetails;
import org.jwc.secretariat.minutes.AttendeeRole;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The generated preamble names the delegations the minutes list; the host's editor says which
 * parties it cannot name yet, as it says which party's name is in one language only.
 */
@ViewTest
class DelegationsWarningViewTest extends SpringBrowserlessTest {

    @Autowired CommuniqueService communiques;
    @Autowired AttendanceService attendance;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    Meeting meeting;

    @BeforeEach
    void aGeneratedDraftWithNoDelegationListed() {
        meeting = AgreedProposals.in(context).inDrafting();
        SignedIn.as(accounts, "ls.secretary");
        communiques.generate(meeting.id());
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theHostReadsWhichDelegationsThePreambleCannotNameUntilTheMinutesListThem() {
        SignedIn.as(accounts, "ls.secretary");
        Pages.open("meetings/" + meeting.number() + "/communique");
        assertThat(warning()).startsWith("Biên bản chưa có danh sách đoàn của Tuyên Quang, Quảng Ninh, Lạng Sơn, Cao Bằng, Quảng Tây:");

        SignedIn.as(accounts, "cb.secretary");
        attendance.addMember(meeting.id(), new AttendeeDetails(new LocalizedText("Hoàng Văn A", "黄文甲", null),
                new LocalizedText("Chủ tịch UBND tỉnh Cao Bằng", "高平省人民委员会主席", null), AttendeeRole.HEAD));
        attendance.submitDelegation(meeting.id());
        SignedIn.as(accounts, "ls.secretary");
        Pages.open("meetings/" + meeting.number() + "/communique");

        assertThat(warning()).startsWith("Biên bản chưa có danh sách đoàn của Tuyên Quang, Quảng Ninh, Lạng Sơn, Quảng Tây:");
    }

    @Test
    @WithUserDetails("cb.secretary")
    void anotherPartysSecretaryIsNotToldWhatOnlyTheHostCanDo() {
        SignedIn.as(accounts, "cb.secretary");
        Pages.open("meetings/" + meeting.number() + "/communique");
        assertThat(find(Span.class).withClassName("delegations-warning").exists()).isFalse();
    }

    private String warning() {
        return find(Span.class).withClassName("delegations-warning").single().getText();
    }
}
