package org.jwc.secretariat.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.notification.NotificationService;
import org.jwc.secretariat.proposal.ProposalDraft;
import org.jwc.secretariat.proposal.ProposalScope;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The bell in the top bar: the unread count, the latest notifications in the reader's language. */
@ViewTest
class NotificationBellTest extends SpringBrowserlessTest {

    @Autowired ProposalService proposals;
    @Autowired NotificationService notifications;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired UserDetailsService accounts;

    @Test
    @WithUserDetails("cb.leader")
    void aCaoBangLeaderIsToldOfAGuangxiProposalInVietnameseAndOpensIt() {
        var viewer = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, "gx.secretary");
        var meeting = meetings.findByNumber(18).orElseThrow();
        var draft = proposals.draft(meeting.id(), new ProposalDraft(areas.children(null).getFirst().id(), ProposalScope.SIDE,
                Set.of(), new LocalizedText("Hợp tác y tế biên giới", "边境卫生合作", null),
                new LocalizedText("Đề nghị hợp tác y tế", "建议开展卫生合作", null), null, null, null));
        proposals.submit(draft.id(), draft.getVersion());
        SecurityContextHolder.getContext().setAuthentication(viewer);

        Pages.open("meetings");
        var unread = notifications.unreadCount();
        assertThat(find(Span.class).withClassName("unread-count").single().getText()).isEqualTo(String.valueOf(unread));
        var item = find(Div.class).withClassName("notification-item").all().getFirst();
        assertThat(item.getElement().getTextRecursively())
                .startsWith("Khu tự trị dân tộc Choang Quảng Tây đã gửi một đề xuất gửi tới bên bạn: “Hợp tác y tế biên giới”");
        assertThat(item.getClassNames()).contains("unread");

        test(item).click();
        assertThat(((HasDynamicTitle) Pages.shown()).getPageTitle()).isEqualTo("Hợp tác y tế biên giới");
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        test(find(Button.class).withClassName("mark-all-read").single()).click();
        assertThat(find(Span.class).withClassName("unread-count").single().getText()).isEmpty();
    }
}
