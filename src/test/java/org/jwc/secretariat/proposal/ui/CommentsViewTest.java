package org.jwc.secretariat.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.comment.CommentService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalDraft;
import org.jwc.secretariat.proposal.ProposalScope;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Comment threads under a proposal, without a browser. */
@ViewTest
class CommentsViewTest extends SpringBrowserlessTest {

    @Autowired ProposalService proposals;
    @Autowired CommentService comments;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired UserDetailsService accounts;

    @Test
    @WithUserDetails("gx.secretary")
    void aGuangxiSecretaryCommentsAndRepliesAndMarkupStaysText() {
        var proposal = submittedByLangSon();
        navigate("proposals/" + proposal.id(), ProposalView.class);
        test(find(TextArea.class).withClassName("new-comment").single()).setValue("<script>alert(1)</script> 建议明确时间");
        test(find(Button.class).withClassName("post-comment").single()).click();

        assertThat(find(Div.class).withClassName("comment-body").all()).extracting(Div::getText)
                .containsExactly("<script>alert(1)</script> 建议明确时间");
        assertThat(find(TextArea.class).withClassName("new-comment").single().getValue()).isEmpty();
        test(find(TextArea.class).withClassName("reply-text").single()).setValue("补充：2027年");
        test(find(Button.class).withClassName("send-reply").single()).click();
        assertThat(find(Div.class).withClassName("comment-reply").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("gx.secretary")
    void aRefusedCommentKeepsWhatWasTyped() {
        var proposal = submittedByLangSon();
        navigate("proposals/" + proposal.id(), ProposalView.class);
        var field = find(TextArea.class).withClassName("new-comment").single();
        test(field).setValue("   ");
        test(find(Button.class).withClassName("post-comment").single()).click();
        assertThat(find(Div.class).withClassName("comment-thread").exists()).isFalse();
        assertThat(field.getValue()).isEqualTo("   ");
        assertThat(field.isInvalid()).as("the refusal shows at the field").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("必填。");

        // A pasted text longer than the limit is refused whole, the limit named, never cut short.
        var tooLong = "意".repeat(2001);
        assertThat(field.getMaxLength()).as("the browser does not cut it").isZero();
        test(field).setValue(tooLong);
        test(find(Button.class).withClassName("post-comment").single()).click();
        assertThat(find(Div.class).withClassName("comment-thread").exists()).isFalse();
        assertThat(field.getValue()).isEqualTo(tooLong);
        assertThat(field.getErrorMessage()).isEqualTo("最多2,000个字符。");
    }

    @Test
    @WithUserDetails("ls.delegate")
    void theOwnerPartyResolvesAThreadAndItHidesUntilAskedFor() {
        var proposal = submittedByLangSon();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, "cb.secretary");
        comments.post(Proposal.KIND, proposal.id(), null, "Cao Bằng đề nghị bổ sung cửa khẩu");
        SecurityContextHolder.getContext().setAuthentication(authentication);

        navigate("proposals/" + proposal.id(), ProposalView.class);
        test(find(Button.class).withClassName("resolve-thread").single()).click();
        assertThat(find(Div.class).withClassName("comment-thread").exists()).isFalse();
        test(find(Checkbox.class).single()).click();
        assertThat(find(Div.class).withClassName("resolved").exists()).isTrue();
        assertThat(find(Button.class).withClassName("reopen-thread").exists()).isTrue();
    }

    private Proposal submittedByLangSon() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, "ls.secretary");
        var meeting = meetings.findByNumber(18).orElseThrow();
        var draft = proposals.draft(meeting.id(), new ProposalDraft(areas.children(null).getFirst().id(), ProposalScope.JOINT,
                Set.of(), new LocalizedText("Kết nối giao thông", "交通互联", null),
                new LocalizedText("Đề nghị các bên kết nối giao thông", "建议各方推进交通互联", null), null, null, null));
        var submitted = proposals.submit(draft.id(), draft.getVersion());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return submitted;
    }
}
