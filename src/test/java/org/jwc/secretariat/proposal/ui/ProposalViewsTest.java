package org.jwc.secretariat.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.ui.HistoryDialog;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.proposal.MatrixRow;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.Position;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalDraft;
import org.jwc.secretariat.proposal.ProposalScope;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.proposal.ProposalStatus;
import org.jwc.secretariat.proposal.ResponseDraft;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The proposal list, one proposal with its responses, discussion and outcome, and the response matrix, without a browser. */
@ViewTest
class ProposalViewsTest extends SpringBrowserlessTest {

    private static final String BACKGROUND = "Tỉnh ủy đã cho ý kiến chỉ đạo";

    @Autowired ProposalService proposals;
    @Autowired NegotiationService negotiation;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;

    @Test
    @WithUserDetails("ls.delegate")
    void aDelegateDraftsABilingualProposalWithABackgroundOnlyTheirPartySees() {
        navigate("meetings/18/proposals", ProposalsView.class);
        test(find(Button.class).withText("Đề xuất mới").single()).click();
        test(find(ComboBox.class).withLabel("Lĩnh vực hợp tác").last()).selectItem("Hợp tác trong các lĩnh vực trọng điểm › Du lịch");
        test(find(TextField.class).withLabel("Tiếng Việt").all().getFirst()).setValue("Tour du lịch tự lái xuyên biên giới");
        test(find(TextField.class).withLabel("中文").all().getFirst()).setValue("跨境自驾游");
        test(find(TextArea.class).withLabel("Tiếng Việt").all().getFirst()).setValue("Đề nghị hai bên mở tuyến du lịch tự lái <b>Lạng Sơn</b>");
        test(find(TextArea.class).withLabel("中文").all().getFirst()).setValue("建议双方开通自驾游线路");
        test(find(TextArea.class).withLabel("Thông tin nội bộ").single()).setValue(BACKGROUND);
        test(find(Button.class).withText("Lưu").single()).click();

        var view = find(ProposalView.class).single();
        assertThat(view).isNotNull();
        assertThat(find(Div.class).withClassName("proposal-background").single().getChildren()
                .filter(Span.class::isInstance).map(c -> ((Span) c).getText())).containsExactly(BACKGROUND);
        assertThat(find(Div.class).withText("Đề nghị hai bên mở tuyến du lịch tự lái <b>Lạng Sơn</b>").exists())
                .as("markup is shown as text").isTrue();
        assertThat(find(Button.class).withText("Gửi").exists()).as("a delegate does not submit").isFalse();

        navigate("meetings/18/proposals", ProposalsView.class);
        Grid<Proposal> list = find(Grid.class).withClassName("proposals").single();
        var titles = java.util.stream.IntStream.range(0, test(list).size()).mapToObj(i -> test(list).getRow(i).title().vi()).toList();
        assertThat(titles).contains("Tour du lịch tự lái xuyên biên giới");
    }

    @Test
    @WithUserDetails("gx.secretary")
    void aGuangxiSecretaryRespondsWithChangesAndTheMatrixShowsIt() {
        var proposal = submittedAs("ls.secretary", ProposalScope.SIDE, Set.of());

        navigate("proposals/" + proposal.id(), ProposalView.class);
        assertThat(find(Div.class).withClassName("proposal-background").exists()).as("another party's background").isFalse();
        test(find(Button.class).withText("回复").single()).click();
        test(find(Select.class).withLabel("立场").single()).selectItem("修改后支持");
        test(find(TextArea.class).withLabel("中文").all().getFirst()).setValue("建议双方于2027年开通自驾游线路");
        test(find(TextArea.class).withLabel("意见").single()).setValue("建议明确时间");
        test(find(Button.class).withText("保存").single()).click();

        assertThat(find(H3.class).all()).extracting(H3::getText).anyMatch(t -> t.endsWith("修改后支持"));
        assertThat(find(Span.class).withClassName("proposal-status").single().getText())
                .as("the host, not a response, puts it under discussion").isEqualTo("已提交");
        assertThat(find(Span.class).withClassName("diff-inserted").all()).extracting(Span::getText)
                .as("the amendment's changes are marked").anyMatch(t -> t.contains("2027"));
        test(find(Button.class).withClassName("response-history").single()).click();
        assertThat(find(HorizontalLayout.class).withClassName("history-summary").single().getElement().getTextRecursively())
                .contains("立场：修改后支持。意见：建议明确时间");
        find(HistoryDialog.class).single().close();

        navigate("meetings/18/proposals/matrix", ResponseMatrixView.class);
        Grid<MatrixRow> matrix = find(Grid.class).withClassName("response-matrix").single();
        var row = java.util.stream.IntStream.range(0, test(matrix).size())
                .filter(i -> test(matrix).getRow(i).proposal().id() == proposal.id()).findFirst().orElseThrow();
        var gxColumn = matrix.getColumns().stream().map(c -> c.getHeaderText()).toList().indexOf("GX");
        assertThat(test(matrix).getCellText(row, gxColumn)).isEqualTo("修改后支持");
    }

    @Test
    @WithUserDetails("qn.secretary")
    void aQuangNinhSecretaryCannotRespondToABilateralProposalOfLangSonAndCaoBang() {
        var proposal = submittedAs("ls.secretary", ProposalScope.BILATERAL, Set.of(party("CB")));
        navigate("proposals/" + proposal.id(), ProposalView.class);
        assertThat(find(Button.class).withText("Phản hồi").exists()).isFalse();
        assertThat(find(Div.class).withClassName("proposal-background").exists()).isFalse();
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theHostAgreesAProposalAsAmendedAndTheAgreedTextShows() {
        var proposal = submittedAs("cb.secretary", ProposalScope.SIDE, Set.of());
        respondAs("gx.secretary", proposal, new ResponseDraft(Position.SUPPORT_WITH_CHANGES,
                new LocalizedText("Hai bên phối hợp trong năm 2027", "双方于2027年协调", null), "Ghi rõ thời gian"));

        navigate("proposals/" + proposal.id(), ProposalView.class);
        test(find(Button.class).withText("Đưa ra thảo luận").single()).click();
        test(find(Button.class).withText("Ghi nhận kết quả").single()).click();
        test(find(Select.class).withLabel("Kết quả").single()).selectItem("Nhất trí có sửa đổi");
        Select<?> wording = find(Select.class).withLabel("Văn bản được nhất trí").single();
        assertThat(test(wording).getSuggestions()).containsExactly(
                "Khu tự trị dân tộc Choang Quảng Tây: Hai bên phối hợp trong năm 2027", "Văn bản do bên chủ trì tự soạn, nhập ở dưới");
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(wording.isInvalid()).as("no party's amendment is agreed by default").isTrue();
        assertThat(proposals.get(proposal.id()).status()).isEqualTo(ProposalStatus.UNDER_DISCUSSION);
        test(wording).selectItem("Khu tự trị dân tộc Choang Quảng Tây: Hai bên phối hợp trong năm 2027");
        assertThat(find(LocalizedTextField.class).withClassName("host-wording").exists())
                .as("a counterpart's amendment is taken as it is").isFalse();
        test(find(Button.class).withText("Lưu").single()).click();

        assertThat(find(Span.class).withClassName("proposal-status").single().getText()).isEqualTo("Nhất trí có sửa đổi");
        assertThat(find(Div.class).withText("Hai bên phối hợp trong năm 2027").exists()).isTrue();
        assertThat(find(Span.class).withClassName("agreed-by").single().getText())
                .isEqualTo("Văn bản sửa đổi trong ý kiến phản hồi của Khu tự trị dân tộc Choang Quảng Tây");
        assertThat(proposals.get(proposal.id()).status()).isEqualTo(ProposalStatus.AGREED_AMENDED);
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theHostWritesTheAgreedWordingItselfAndThePageSaysWhoWroteIt() {
        var proposal = underDiscussion(submittedAs("cb.secretary", ProposalScope.JOINT, Set.of()));

        navigate("proposals/" + proposal.id(), ProposalView.class);
        test(find(Button.class).withText("Ghi nhận kết quả").single()).click();
        test(find(Select.class).withLabel("Kết quả").single()).selectItem("Nhất trí có sửa đổi");
        assertThat(test(find(Select.class).withLabel("Văn bản được nhất trí").single()).getSuggestions())
                .as("no counterpart gave an amended text").containsExactly("Văn bản do bên chủ trì tự soạn, nhập ở dưới");
        var wording = find(LocalizedTextField.class).withClassName("host-wording").single();
        assertThat(wording.getValue().vi()).as("starts from the proposal's text").isEqualTo("Đề nghị mở tuyến du lịch tự lái");
        test(find(TextArea.class).withLabel("中文").all().getFirst()).setValue("");
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(proposals.get(proposal.id()).status()).as("both official languages needed").isEqualTo(ProposalStatus.UNDER_DISCUSSION);

        test(find(TextArea.class).withLabel("Tiếng Việt").all().getFirst()).setValue("Các bên thống nhất mở tuyến du lịch tự lái từ năm 2027");
        test(find(TextArea.class).withLabel("中文").all().getFirst()).setValue("各方同意自2027年起开通自驾游线路");
        test(find(Button.class).withText("Lưu").single()).click();

        assertThat(find(Span.class).withClassName("proposal-status").single().getText()).isEqualTo("Nhất trí có sửa đổi");
        assertThat(find(Div.class).withText("各方同意自2027年起开通自驾游线路").exists()).isTrue();
        assertThat(find(Span.class).withClassName("agreed-by").single().getText())
                .startsWith("Do Bùi Thị Hoa (Lạng Sơn, bên chủ trì) soạn lúc ");
    }

    @Test
    @WithUserDetails("ls.secretary")
    void onlyADeferralOrANonAgreementAsksForAReason() {
        var agreed = underDiscussion(submittedAs("cb.secretary", ProposalScope.JOINT, Set.of()));
        navigate("proposals/" + agreed.id(), ProposalView.class);
        test(find(Button.class).withText("Ghi nhận kết quả").single()).click();
        assertThat(find(TextArea.class).withLabel("Lý do").exists()).as("until an outcome is chosen").isFalse();
        test(find(Select.class).withLabel("Kết quả").single()).selectItem("Đã nhất trí");
        var reason = find(TextArea.class).withLabel("Lý do").single();
        assertThat(reason.isRequiredIndicatorVisible()).isFalse();
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(proposals.get(agreed.id()).status()).as("agreed without a reason").isEqualTo(ProposalStatus.AGREED);

        var deferred = underDiscussion(submittedAs("cb.secretary", ProposalScope.JOINT, Set.of()));
        navigate("proposals/" + deferred.id(), ProposalView.class);
        test(find(Button.class).withText("Ghi nhận kết quả").single()).click();
        test(find(Select.class).withLabel("Kết quả").single()).selectItem("Hoãn lại");
        var asked = find(TextArea.class).withLabel("Lý do").single();
        assertThat(asked.isRequiredIndicatorVisible()).isTrue();
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(asked.isInvalid()).isTrue();
        assertThat(proposals.get(deferred.id()).status()).isEqualTo(ProposalStatus.UNDER_DISCUSSION);
        test(asked).setValue("Chờ ý kiến của Trung ương");
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(proposals.get(deferred.id()).status()).isEqualTo(ProposalStatus.DEFERRED);
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theHostPutsABilateralProposalUnderDiscussionAsAJointOneEvenAfterAResponse() {
        var joint = submittedAs("gx.secretary", ProposalScope.JOINT, Set.of());
        var bilateral = submittedAs("gx.secretary", ProposalScope.BILATERAL, Set.of(party("LS")));
        negotiation.respond(bilateral.id(), null, new ResponseDraft(Position.SUPPORT, null, null));
        for (var proposal : List.of(joint, bilateral)) {
            navigate("proposals/" + proposal.id(), ProposalView.class);
            assertThat(find(Button.class).withText("Đưa ra thảo luận").exists()).as(proposal.scope().name()).isTrue();
            assertThat(find(Button.class).withText("Ghi nhận kết quả").exists()).as(proposal.scope().name()).isFalse();
            test(find(Button.class).withText("Đưa ra thảo luận").single()).click();
            assertThat(find(Span.class).withClassName("proposal-status").single().getText()).isEqualTo("Đang thảo luận");
            assertThat(find(Button.class).withText("Ghi nhận kết quả").exists()).as(proposal.scope().name()).isTrue();
        }
    }

    private void respondAs(String username, Proposal proposal, ResponseDraft response) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, username);
        negotiation.respond(proposal.id(), null, response);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    /** Put under discussion by the signed-in host's secretary. */
    private Proposal underDiscussion(Proposal submitted) {
        return negotiation.openDiscussion(submitted.id(), submitted.getVersion());
    }

    private Proposal submittedAs(String username, ProposalScope scope, Set<Long> counterparts) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, username);
        var meeting = meetings.findByNumber(18).orElseThrow();
        var draft = proposals.draft(meeting.id(), new ProposalDraft(areas.children(null).getFirst().id(), scope, counterparts,
                new LocalizedText("Mở tuyến du lịch tự lái", "开通自驾游线路", null),
                new LocalizedText("Đề nghị mở tuyến du lịch tự lái", "建议开通自驾游线路", null), null, null, BACKGROUND));
        var submitted = proposals.submit(draft.id(), draft.getVersion());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return submitted;
    }

    private long party(String code) {
        return parties.findByCode(code).orElseThrow().id();
    }
}
