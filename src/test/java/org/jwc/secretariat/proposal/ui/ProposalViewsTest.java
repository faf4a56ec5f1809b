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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.ui.HistoryDialog;
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

/** The proposal list, one proposal with its responses and outcome, and the response matrix, without a browser. */
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
        assertThat(find(Span.class).withClassName("proposal-status").single().getText()).isEqualTo("讨论中");
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
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, "gx.secretary");
        negotiation.respond(proposal.id(), null, new ResponseDraft(Position.SUPPORT_WITH_CHANGES,
                new LocalizedText("Hai bên phối hợp trong năm 2027", "双方于2027年协调", null), "Ghi rõ thời gian"));
        SecurityContextHolder.getContext().setAuthentication(authentication);

        navigate("proposals/" + proposal.id(), ProposalView.class);
        test(find(Button.class).withText("Ghi nhận kết quả").single()).click();
        test(find(Select.class).withLabel("Kết quả").single()).selectItem("Nhất trí có sửa đổi");
        Select<?> amendment = find(Select.class).withLabel("Văn bản sửa đổi được nhất trí").single();
        test(amendment).selectItem(test(amendment).getSuggestions().getFirst());
        test(find(TextArea.class).withLabel("Lý do").single()).setValue("Nhất trí theo ý kiến của Quảng Tây");
        test(find(Button.class).withText("Lưu").single()).click();

        assertThat(find(Span.class).withClassName("proposal-status").single().getText()).isEqualTo("Nhất trí có sửa đổi");
        assertThat(find(Div.class).withText("Hai bên phối hợp trong năm 2027").exists()).isTrue();
        assertThat(proposals.get(proposal.id()).status()).isEqualTo(ProposalStatus.AGREED_AMENDED);
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
