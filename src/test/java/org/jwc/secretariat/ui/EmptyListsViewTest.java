package org.jwc.secretariat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** A new meeting's lists, still empty, say what will appear in them and who adds it, instead of headers over white space. */
@ViewTest
class EmptyListsViewTest extends SpringBrowserlessTest {

    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    Meeting meeting;

    /** Made by an administrator, which signs the test's user out: each test signs its user in again. */
    @BeforeEach
    void aNewMeeting() {
        meeting = TestMeetings.newMeeting(meetings, accounts);
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    @WithUserDetails("cb.delegate")
    void aCaoBangDelegateReadsHowTheAgendaFills() {
        SignedIn.as(accounts, "cb.delegate");
        Pages.open("meetings/" + meeting.number() + "/agenda");

        assertThat(grid("own-items").getEmptyStateText()).contains("“Mục mới”");
        assertThat(grid("submitted-items").getEmptyStateText()).isEqualTo(
                "Chưa bên nào gửi nội dung chương trình. Nội dung hiện ở đây khi thư ký của một bên gửi đi.");
        assertThat(grid("official-agenda").getEmptyStateText()).startsWith("Chương trình chính thức còn trống.");
    }

    @Test
    @WithUserDetails("gx.delegate")
    void aGuangxiDelegateReadsHowProposalsComeInChinese() {
        SignedIn.as(accounts, "gx.delegate");
        Pages.open("meetings/" + meeting.number() + "/proposals");

        assertThat(grid("proposals").getEmptyStateText()).startsWith("暂无可显示的提案。").contains("“新提案”");
    }

    @Test
    @WithUserDetails("qn.secretary")
    void aQuangNinhSecretaryReadsHowToListItsDelegationAndWhoListsTheObservers() {
        SignedIn.as(accounts, "qn.secretary");
        Pages.open("meetings/" + meeting.number() + "/minutes");

        var delegations = find(VerticalLayout.class).withClassName("delegation").all();
        assertThat(delegations).isNotEmpty().allSatisfy(box -> assertThat(find(Grid.class, box).single().getEmptyStateText())
                .isEqualTo("Chưa có thành viên nào. Thư ký của bên mình lập danh sách đoàn bằng nút “Thêm thành viên” rồi gửi danh sách."));
        var observers = find(VerticalLayout.class).withClassName("observers").single();
        assertThat(find(Grid.class, observers).single().getEmptyStateText()).contains("“Thêm quan sát viên”");
    }

    private Grid<?> grid(String className) {
        return find(Grid.class).withClassName(className).single();
    }
}
