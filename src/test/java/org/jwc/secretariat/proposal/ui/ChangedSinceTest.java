package org.jwc.secretariat.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.ui.HistoryDialog;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.proposal.ProposalDraft;
import org.jwc.secretariat.proposal.ProposalScope;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.reading.ui.ChangedSince;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** A counterpart opens a proposal again after its owner revised it while they were away, and is shown what changed. */
@ViewTest
class ChangedSinceTest extends SpringBrowserlessTest {

    @Autowired ProposalService proposals;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired UserDetailsService accounts;

    @Test
    @WithUserDetails("gx.secretary")
    void aGuangxiSecretaryIsShownWhatLangSonChangedSinceTheyLastLooked() {
        var proposal = as("ls.secretary", () -> {
            var meeting = meetings.findByNumber(18).orElseThrow();
            var draft = proposals.draft(meeting.id(), new ProposalDraft(areas.children(null).getFirst().id(), ProposalScope.SIDE,
                    Set.of(), new LocalizedText("Cầu Bắc Luân II", "北仑河二桥", null),
                    new LocalizedText("Đề nghị thông xe cầu", "建议大桥通车", null), null, null, null));
            return proposals.submit(draft.id(), draft.getVersion());
        });
        navigate("proposals/" + proposal.id(), ProposalView.class);
        assertThat(find(ChangedSince.class).exists()).as("first look").isFalse();
        Pages.open("meetings");

        as("ls.secretary", () -> proposals.edit(proposal.id(), proposal.getVersion(), new ProposalDraft(proposal.areaId(),
                ProposalScope.SIDE, Set.of(), proposal.title(), new LocalizedText("Đề nghị thông xe cầu trong quý I/2027",
                        "建议大桥于2027年第一季度通车", null), null, null, null)));
        navigate("proposals/" + proposal.id(), ProposalView.class);
        assertThat(find(ChangedSince.class).single().getElement().getTextRecursively()).contains("1");
        test(find(Button.class).withClassName("show-changes").single()).click();
        assertThat(find(HistoryDialog.class).single().isOpened()).isTrue();
        assertThat(find(Span.class).withClassName("diff-inserted").all()).extracting(Span::getText)
                .anyMatch(t -> t.contains("2027"));

        navigate("proposals/" + proposal.id(), ProposalView.class);
        assertThat(find(ChangedSince.class).exists()).as("seen now").isFalse();
    }

    private <T> T as(String username, java.util.function.Supplier<T> action) {
        var viewer = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, username);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(viewer);
        }
    }
}
