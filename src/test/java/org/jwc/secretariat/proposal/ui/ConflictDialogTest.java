package org.jwc.secretariat.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.ui.ConflictDialog;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.Position;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalDraft;
import org.jwc.secretariat.proposal.ProposalScope;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.proposal.ResponseDraft;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Two people of a party edit the same draft: the second save shows both texts, and nothing is lost. */
@ViewTest
class ConflictDialogTest extends SpringBrowserlessTest {

    private static final String THEIRS = "Mở tuyến du lịch tự lái (bản của thư ký)";
    private static final String MINE = "Mở tuyến du lịch tự lái qua cửa khẩu Hữu Nghị";

    @Autowired ProposalService proposals;
    @Autowired NegotiationService negotiation;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired UserDetailsService accounts;

    @Test
    @WithUserDetails("ls.delegate")
    void theSecondSaveShowsTheOtherChangeKeepsMyTextAndSavesItOnlyWhenIChoose() {
        var draft = draftWhileTheSecretaryEditsIt();
        test(find(TextField.class).withLabel("Tiếng Việt").all().getFirst()).setValue(MINE);
        test(find(Button.class).withText("Lưu").single()).click();

        var conflict = find(ConflictDialog.class).single();
        assertThat(conflict.isOpened()).isTrue();
        assertThat(find(TextArea.class).withClassName("my-text").all().getFirst().getValue()).isEqualTo(MINE);
        assertThat(proposals.get(draft.id()).title().vi()).as("nothing overwritten yet").isEqualTo(THEIRS);

        test(find(Button.class).withClassName("keep-mine").single()).click();
        assertThat(proposals.get(draft.id()).title().vi()).isEqualTo(MINE);
    }

    @Test
    @WithUserDetails("ls.delegate")
    void takingTheirVersionLoadsItIntoTheForm() {
        var draft = draftWhileTheSecretaryEditsIt();
        test(find(TextField.class).withLabel("Tiếng Việt").all().getFirst()).setValue(MINE);
        test(find(Button.class).withText("Lưu").single()).click();
        test(find(Button.class).withClassName("take-theirs").single()).click();

        assertThat(find(TextField.class).withLabel("Tiếng Việt").all().getFirst().getValue()).isEqualTo(THEIRS);
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(proposals.get(draft.id()).title().vi()).isEqualTo(THEIRS);
    }

    @Test
    @WithUserDetails("gx.secretary")
    void aResponseRevisedInAnotherTabIsNotOverwrittenUnasked() {
        var proposal = submittedByLangSon();
        navigate("proposals/" + proposal.id(), ProposalView.class);
        test(find(Button.class).withText("回复").single()).click();
        // The same secretary, in another tab, responds first.
        negotiation.respond(proposal.id(), null, new ResponseDraft(Position.OPPOSE, null, "另一标签页的意见"));

        test(find(TextArea.class).withLabel("意见").single()).setValue("支持");
        test(find(Button.class).withText("保存").single()).click();
        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(find(TextArea.class).withClassName("my-text").all()).extracting(TextArea::getValue).contains("支持");
        test(find(Button.class).withClassName("keep-mine").single()).click();
        assertThat(negotiation.responses(proposal.id()).getFirst().comment()).isEqualTo("支持");
    }

    private Proposal submittedByLangSon() {
        var viewer = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, "ls.secretary");
        var meeting = meetings.findByNumber(18).orElseThrow();
        var draft = proposals.draft(meeting.id(), new ProposalDraft(areas.children(null).getFirst().id(), ProposalScope.SIDE,
                Set.of(), new LocalizedText("Cửa khẩu thông minh", "智慧口岸", null),
                new LocalizedText("Đề nghị xây dựng cửa khẩu thông minh", "建议建设智慧口岸", null), null, null, null));
        var submitted = proposals.submit(draft.id(), draft.getVersion());
        SecurityContextHolder.getContext().setAuthentication(viewer);
        return submitted;
    }

    /** The delegate opens the edit dialog of a draft; the secretary then saves a change of the title. */
    private Proposal draftWhileTheSecretaryEditsIt() {
        var meeting = meetings.findByNumber(18).orElseThrow();
        var draft = proposals.draft(meeting.id(), new ProposalDraft(areas.children(null).getFirst().id(), ProposalScope.JOINT,
                Set.of(), new LocalizedText("Mở tuyến du lịch tự lái", "开通自驾游线路", null),
                new LocalizedText("Đề nghị mở tuyến", "建议开通线路", null), null, null, null));
        navigate("proposals/" + draft.id(), ProposalView.class);
        test(find(Button.class).withText("Sửa").all().getFirst()).click();

        var delegate = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, "ls.secretary");
        var d = new ProposalDraft(draft.areaId(), draft.scope(), Set.of(), new LocalizedText(THEIRS, "开通自驾游线路", null),
                draft.text(), null, null, null);
        proposals.edit(draft.id(), draft.getVersion(), d);
        SecurityContextHolder.getContext().setAuthentication(delegate);
        return draft;
    }
}
