package org.jwc.secretariat.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.communique.AgreedProposals;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.Decision;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.proposal.Outcomes;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.proposal.ProposalStatus;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Carrying a deferred proposal over and following up a commitment, on the proposal pages, without a browser (issue 7). */
@ViewTest
class ProposalLinksViewTest extends SpringBrowserlessTest {

    static final List<String> LEADERS = List.of("tq.leader", "qn.leader", "ls.leader", "cb.leader", "gx.leader");

    @Autowired ProposalService proposals;
    @Autowired CommuniqueService communiques;
    @Autowired ApprovalService approvals;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    @WithUserDetails("cb.secretary")
    void aCaoBangSecretaryCarriesADeferredProposalOverToTheNextMeeting() {
        var earlier = TestMeetings.newMeeting(meetings, accounts);
        var next = TestMeetings.newMeeting(meetings, accounts);
        var deferred = Outcomes.in(context).decided(earlier, "cb.secretary", ProposalStatus.DEFERRED, "Cầu Tà Lùng - Thủy Khẩu",
                "水口大桥", null);
        SignedIn.as(accounts, "cb.secretary");

        navigate("meetings/" + next.number() + "/proposals", ProposalsView.class);
        assertThat(find(Anchor.class).withText("Cầu Tà Lùng - Thủy Khẩu").single().getHref()).isEqualTo("proposals/" + deferred.id());
        test(find(Button.class).withClassName("carry-over").single()).click();

        assertThat(find(ProposalView.class).exists()).isTrue();
        var carriedFrom = find(Anchor.class).withClassName("carried-from").single();
        assertThat(carriedFrom.getHref()).isEqualTo("proposals/" + deferred.id());
        assertThat(carriedFrom.getText()).isEqualTo("Hội nghị lần thứ " + earlier.number());
        assertThat(proposals.deferredToCarryOver(next.id())).as("carried over, no longer offered").isEmpty();

        navigate("meetings/" + next.number() + "/proposals", ProposalsView.class);
        assertThat(find(Button.class).withClassName("carry-over").exists()).isFalse();
    }

    @Test
    @WithUserDetails("cb.delegate")
    void aCaoBangDelegateChoosesTheCommitmentAProposalFollowsUpAndThePageLinksToIt() {
        var earlier = AgreedProposals.in(context).inDrafting();
        SignedIn.as(accounts, "ls.secretary");
        communiques.generate(earlier.id());
        var version = approvals.circulate(earlier.id());
        for (var leader : LEADERS) {
            SignedIn.as(accounts, leader);
            approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null);
        }
        var next = TestMeetings.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "cb.delegate");
        var bridge = proposals.commitmentsUnderReview(next.id()).stream()
                .filter(c -> AgreedProposals.BRIDGE_VI.equals(c.text().vi())).findFirst().orElseThrow();
        var cited = "¶" + bridge.paragraphNumber() + " của Hội nghị lần thứ " + earlier.number() + ": "
                + AgreedProposals.BRIDGE_VI.substring(0, 80) + "…";

        navigate("meetings/" + next.number() + "/proposals", ProposalsView.class);
        test(find(Button.class).withText("Đề xuất mới").single()).click();
        ComboBox<?> followsUp = find(ComboBox.class).withClassName("proposal-follows-up").single();
        assertThat(test(followsUp).getSuggestions()).contains(cited);
        test(followsUp).selectItem(cited);
        test(find(TextField.class).withLabel("Tiếng Việt").all().getFirst()).setValue("Vận hành cầu Tà Lùng - Thủy Khẩu");
        test(find(TextArea.class).withLabel("Tiếng Việt").all().getFirst()).setValue("Đề nghị hai bên báo cáo tiến độ");
        test(find(Button.class).withText("Lưu").single()).click();

        var link = find(Anchor.class).withClassName("follows-up").single();
        assertThat(link.getText()).isEqualTo(cited);
        assertThat(link.getHref()).isEqualTo("meetings/" + earlier.number() + "/commitments");
    }
}
