package org.jwc.secretariat.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalDraft;
import org.jwc.secretariat.proposal.ProposalScope;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.proposal.ProposalStatus;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** A Cao Bằng draft saved without a cooperation area: its page says what is missing, and who submits it. */
@ViewTest
class DraftReadinessViewTest extends SpringBrowserlessTest {

    @Autowired ProposalService proposals;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired UserDetailsService accounts;

    Proposal draft;

    @BeforeEach
    void aDraftWithoutArea() {
        SignedIn.as(accounts, "cb.delegate");
        draft = proposals.draft(meetings.findByNumber(18).orElseThrow().id(), new ProposalDraft(null, ProposalScope.JOINT, Set.of(),
                new LocalizedText("Chợ biên giới Trà Lĩnh", "龙邦边贸市场", null),
                new LocalizedText("Đề nghị mở rộng chợ biên giới", "建议扩大边贸市场", null), null, null, null));
    }

    @Test
    @WithUserDetails("cb.delegate")
    void aDelegateReadsThatTheAreaIsMissingAndThatTheSecretarySubmits() {
        navigate("proposals/" + draft.id(), ProposalView.class);

        assertThat(draft.missingForSubmission()).containsExactly("proposal.missing.area");
        assertThat(text("missing-for-submission")).isEqualTo("Để gửi được, bản nháp này còn thiếu: lĩnh vực hợp tác.");
        assertThat(text("who-submits")).startsWith("Thư ký của bên bạn gửi đề xuất, trước hạn: ");
        assertThat(find(Span.class).withText("Chưa chọn lĩnh vực hợp tác").exists()).as("no blank area").isTrue();
    }

    @Test
    @WithUserDetails("cb.delegate")
    void everyTextOfTheProposalIsLabelledWithItsFieldAndLanguage() {
        navigate("proposals/" + draft.id(), ProposalView.class);

        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Tiêu đề", "Nội dung");
        var text = find(VerticalLayout.class).withClassName("proposal-text").single();
        assertThat(find(Span.class, text).withClassName("language-label").all()).extracting(Span::getText)
                .containsExactly("Tiếng Việt", "中文");
    }

    @Test
    @WithUserDetails("cb.secretary")
    void theSecretaryReadsThatTheDraftIsCompleteOnceItHasAnAreaAndToWhomSubmittingSendsIt() {
        SignedIn.as(accounts, "cb.secretary");
        var complete = proposals.edit(draft.id(), draft.getVersion(), new ProposalDraft(areas.children(null).getFirst().id(),
                ProposalScope.JOINT, Set.of(), draft.title(), draft.text(), null, null, null));
        navigate("proposals/" + complete.id(), ProposalView.class);

        assertThat(complete.missingForSubmission()).isEmpty();
        assertThat(text("ready-for-submission")).isEqualTo("Bản nháp này đã đủ để gửi.");
        assertThat(text("who-submits")).startsWith("Bạn gửi đề xuất bằng nút “Gửi” trước hạn (").endsWith("Tuyên Quang.")
                .contains("Quảng Tây");

        test(find(Button.class).withText("Gửi").single()).click();
        assertThat(proposals.get(complete.id()).status()).as("one click is not enough").isEqualTo(ProposalStatus.DRAFT);
        var asked = find(ConfirmDialog.class).withClassName("confirm-submission").single();
        assertThat(test(asked).getText()).startsWith("Gửi đề xuất “Chợ biên giới Trà Lĩnh”? Đề xuất được gửi tới ").contains("Quảng Tây");
        test(asked).confirm();
        assertThat(proposals.get(complete.id()).status()).isEqualTo(ProposalStatus.SUBMITTED);
    }

    private String text(String className) {
        return find(Span.class).withClassName(className).single().getText();
    }
}
